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

    // HybridCache joins callers that arrive while its factory runs, but one arriving just as an entry is being stored
    // can start a second factory; fetches in flight are shared here as well, so a burst costs the issuer one request.
    private readonly ConcurrentDictionary<string, Lazy<Task<byte[]>>> _inFlight = new(StringComparer.Ordinal);

    public ValueTask<DiscoveryDocument> GetDiscoveryAsync(Uri url, CancellationToken cancellationToken) =>
        cache.GetOrCreateAsync(
            KeyPrefix + url.AbsoluteUri,
            (store: this, url),
            static async (state, token) => DiscoveryDocument.Parse(await state.store.FetchOnceAsync(state.url, token)),
            EntryOptions(),
            cancellationToken: cancellationToken);

    public ValueTask<IssuerKeySet> GetKeysAsync(Uri url, CancellationToken cancellationToken) =>
        cache.GetOrCreateAsync(
            KeyPrefix + url.AbsoluteUri,
            (store: this, url),
            static async (state, token) => IssuerKeySet.FromBytes(await state.store.FetchOnceAsync(state.url, token)),
            EntryOptions(),
            cancellationToken: cancellationToken);

    private async Task<byte[]> FetchOnceAsync(Uri url, CancellationToken cancellationToken)
    {
        var fetch = new Lazy<Task<byte[]>>(() => fetcher.FetchAsync(url, CancellationToken.None));
        var shared = _inFlight.GetOrAdd(url.AbsoluteUri, fetch);
        try
        {
            return await shared.Value.WaitAsync(cancellationToken);
        }
        finally
        {
            if (ReferenceEquals(shared, fetch))
            {
                _inFlight.TryRemove(new KeyValuePair<string, Lazy<Task<byte[]>>>(url.AbsoluteUri, fetch));
            }
        }
    }

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
