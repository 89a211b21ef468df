using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;

namespace Forgejo.Web.Auth.IntegrationJwt.Fetching;

/// <summary>
/// Discovery documents and key sets per URL, through <see cref="HybridCache"/>: concurrent misses share one fetch,
/// failures are not cached, and an unknown <c>kid</c> may force one refetch per issuer per interval.
/// </summary>
public sealed class IssuerKeyStore(
    HybridCache cache,
    OidcDocumentFetcher fetcher,
    IOptions<AuthorizedIntegrationOptions> options,
    TimeProvider clock)
{
    private const string KeyPrefix = "auth-int-remote:";
    private readonly ConcurrentDictionary<string, DateTimeOffset> _lastForcedRefetch = new(StringComparer.Ordinal);

    public ValueTask<DiscoveryDocument> GetDiscoveryAsync(Uri url, CancellationToken cancellationToken) =>
        cache.GetOrCreateAsync(
            KeyPrefix + url.AbsoluteUri,
            (fetcher, url),
            static async (state, token) => DiscoveryDocument.Parse(await state.fetcher.FetchAsync(state.url, token)),
            EntryOptions(),
            cancellationToken: cancellationToken);

    public ValueTask<IssuerKeySet> GetKeysAsync(Uri url, CancellationToken cancellationToken) =>
        cache.GetOrCreateAsync(
            KeyPrefix + url.AbsoluteUri,
            (fetcher, url),
            static async (state, token) => IssuerKeySet.FromBytes(await state.fetcher.FetchAsync(state.url, token)),
            EntryOptions(),
            cancellationToken: cancellationToken);

    /// <summary>
    /// Drops the cached key set so the next read fetches it, unless that was done for this URL within
    /// <see cref="AuthorizedIntegrationOptions.KeyRefetchInterval"/>. Returns whether a refetch was allowed.
    /// </summary>
    public async ValueTask<bool> TryForceRefetchAsync(Uri url, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var interval = options.Value.KeyRefetchInterval;
        var allowed = false;
        _lastForcedRefetch.AddOrUpdate(
            url.AbsoluteUri,
            _ =>
            {
                allowed = true;
                return now;
            },
            (_, last) =>
            {
                allowed = now - last >= interval;
                return allowed ? now : last;
            });
        if (allowed)
        {
            await cache.RemoveAsync(KeyPrefix + url.AbsoluteUri, cancellationToken);
        }

        return allowed;
    }

    private HybridCacheEntryOptions EntryOptions() => new()
    {
        Expiration = options.Value.CacheTtl,
        LocalCacheExpiration = options.Value.CacheTtl,
    };
}
