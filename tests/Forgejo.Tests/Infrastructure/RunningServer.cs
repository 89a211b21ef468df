using Forgejo.Persistence;
using Forgejo.Tests.Infrastructure.Issuer;
using Forgejo.Web.Auth.IntegrationJwt.Fetching;
using Forgejo.Web.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Forgejo.Tests.Infrastructure;

/// <summary>The real server on Kestrel, on a free loopback port, against a test database; requests go over real HTTP.</summary>
public sealed class RunningServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RunningServer(WebApplication app, Uri address)
    {
        _app = app;
        Client = new HttpClient { BaseAddress = address };
    }

    public HttpClient Client { get; }
    public IServiceProvider Services => _app.Services;

    public static Task<RunningServer> StartAsync(TestDatabase database, params string[] extraArgs) =>
        StartAsync(database, null, extraArgs);

    /// <summary>
    /// Starts the server trusting the shared test CA, with local networks allowed and names resolved to the shared issuer
    /// (all through the documented settings and the resolver service); <paramref name="services"/> may replace more.
    /// </summary>
    public static async Task<RunningServer> StartAsync(TestDatabase database, Action<IServiceCollection>? services, params string[] extraArgs)
    {
        var issuer = await SharedIssuer.IssuerAsync();
        var ca = await SharedIssuer.CaAsync();
        string[] args =
        [
            "--urls", "http://127.0.0.1:0",
            $"--Database:Provider={database.Provider.ToString().ToLowerInvariant()}",
            $"--Database:ConnectionString={database.ConnectionString}",
            "--Logging:LogLevel:Default=Warning",
            $"--AuthorizedIntegration:TrustedCaFile={ca.CaFile}",
            "--AuthorizedIntegration:AllowLocalNetworks=true",
            .. extraArgs,
        ];
        var app = ForgejoServer.Build(args, builder =>
        {
            builder.Services.AddSingleton<IHostResolver>(new SharedIssuer.Resolver(issuer.Port));
            services?.Invoke(builder.Services);
        });
        await StartupMigration.RunAsync(app.Services, CancellationToken.None);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new RunningServer(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
