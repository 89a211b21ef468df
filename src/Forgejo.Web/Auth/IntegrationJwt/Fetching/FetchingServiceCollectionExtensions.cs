using Microsoft.Extensions.Options;

namespace Forgejo.Web.Auth.IntegrationJwt.Fetching;

public static class FetchingServiceCollectionExtensions
{
    /// <summary>The guarded HTTP client for issuers' discovery documents and key sets, and the caches in front of it.</summary>
    public static IServiceCollection AddIssuerFetching(this IServiceCollection services)
    {
        services.AddSingleton<FetchPolicy>();
        services.AddSingleton<IHostResolver, DnsHostResolver>();
        services.AddSingleton<GuardedConnector>();
        services.AddSingleton(provider => new TrustedCertificates(provider.GetRequiredService<IOptions<AuthorizedIntegrationOptions>>().Value.TrustedCaFile));
        services.AddSingleton<OidcDocumentFetcher>();
        services.AddSingleton<IssuerKeyStore>();
        services.AddHybridCache();
        services.AddHttpClient(OidcDocumentFetcher.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(provider =>
            {
                var connector = provider.GetRequiredService<GuardedConnector>();
                var certificates = provider.GetRequiredService<TrustedCertificates>();
                return new SocketsHttpHandler
                {
                    AllowAutoRedirect = false,
                    UseProxy = false,
                    UseCookies = false,
                    AutomaticDecompression = System.Net.DecompressionMethods.None,
                    ConnectCallback = connector.ConnectAsync,
                    PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                    SslOptions = { RemoteCertificateValidationCallback = (_, certificate, chain, errors) => certificates.Validate(certificate, chain, errors) },
                };
            });
        return services;
    }
}
