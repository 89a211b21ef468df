# Builds the forgejo server image used by docker-compose.yml.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/Forgejo.Web -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_URLS=http://+:3000 \
    DataPath=/data
VOLUME /data
EXPOSE 3000
ENTRYPOINT ["./forgejo"]
CMD ["web"]
