# Builds the forgejo server image used by docker-compose.yml.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
# ReadyToRun: precompiled code more than halves the start of every forgejo command, `forgejo migrate` included
# (docs/benchmarks.md, "Migrations").
ARG TARGETARCH
RUN arch=$(case "$TARGETARCH" in arm64) echo arm64 ;; *) echo x64 ;; esac) \
 && dotnet publish src/Forgejo.Web -c Release -a "$arch" --self-contained false -p:PublishReadyToRun=true -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_URLS=http://+:3000 \
    DataPath=/data
VOLUME /data
EXPOSE 3000
ENTRYPOINT ["./forgejo"]
CMD ["web"]
