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

    // HybridCache joins callers that arrive while its factory runs, but one arriving between the end of the factory and
    // the entry's storing starts a second factory. Fetches are shared here as well, and a finished fetch stays shared
    // until its caller has the cached entry back, so a burst costs the issuer one request.
    private readonly ConcurrentDictionary<string, Lazy<Task<byte[]>>> _inFlight = new(StringComparer.Ordinal);

    public ValueTask<DiscoveryDocument> GetDiscoveryAsync(Uri url, CancellationToken cancellationToken) =>
        GetAsync(url, DiscoveryDocument.Parse, cancellationToken);

    public ValueTask<IssuerKeySet> GetKeysAsync(Uri url, CancellationToken cancellationToken) =>
        GetAsync(url, IssuerKeySet.FromBytes, cancellationToken);

    private async ValueTask<T> GetAsync<T>(Uri url, Func<byte[], T> parse, CancellationToken cancellationToken)
    {
        try
        {
            return await cache.GetOrCreateAsync(
                KeyPrefix + url.AbsoluteUri,
                (store: this, url, parse),
                static async (state, token) => state.parse(await state.store.FetchOnceAsync(state.url, token)),
                EntryOptions(),
                cancellationToken: cancellationToken);
        }
        finally
        {
            ForgetFinishedFetch(url);
        }
    }

    private Task<byte[]> FetchOnceAsync(Uri url, CancellationToken cancellationToken)
    {
        var key = url.AbsoluteUri;
        if (!_inFlight.TryGetValue(key, out var shared))
        {
            var fetch = new Lazy<Task<byte[]>>(() => fetcher.FetchAsync(url, CancellationToken.None));
            shared = _inFlight.GetOrAdd(key, fetch);
            if (ReferenceEquals(shared, fetch))
            {
                _ = ForgetAfterFinishingAsync(key, fetch);
            }
        }

        return shared.Value.WaitAsync(cancellationToken);
    }

    /// <summary>A fetch whose callers all gave up is not shared for long after it ends (its result was never cached).</summary>
    private async Task ForgetAfterFinishingAsync(string key, Lazy<Task<byte[]>> fetch)
    {
        await ((Task)fetch.Value).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await Task.Delay(TimeSpan.FromSeconds(1), clock).ConfigureAwait(false);
        _inFlight.TryRemove(new KeyValuePair<string, Lazy<Task<byte[]>>>(key, fetch));
    }

    /// <summary>Once a fetch has finished (or failed) and its result is cached (or not), the next miss fetches anew.</summary>
    private void ForgetFinishedFetch(Uri url)
    {
        if (_inFlight.TryGetValue(url.AbsoluteUri, out var fetch) && fetch.IsValueCreated && fetch.Value.IsCompleted)
        {
            _inFlight.TryRemove(new KeyValuePair<string, Lazy<Task<byte[]>>>(url.AbsoluteUri, fetch));
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
            ForgetFinishedFetch(url);
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
