using System.Collections.Concurrent;
using System.Threading.Channels;
using Forgejo.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Forgejo.Web.Auth.IntegrationJwt;

/// <summary>
/// Records an integration's last use (Forgejo reuses <c>updated_unix</c>) at most once a minute and off the request path:
/// requests only enqueue, and a background loop runs Forgejo's conditional UPDATE. A failure is logged, never surfaced.
/// </summary>
public sealed partial class LastUsedRecorder(IServiceScopeFactory scopes, TimeProvider clock, ILogger<LastUsedRecorder> logger) : BackgroundService
{
    public const long MinimumIntervalSeconds = 60;

    private readonly Channel<(long Id, long Now)> _queue = Channel.CreateBounded<(long, long)>(
        new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });
    private readonly ConcurrentDictionary<long, long> _lastQueued = new();

    /// <summary>
    /// Forgejo skips the write while <c>updated_unix</c> is within the last minute; a never-used integration
    /// (<c>updated_unix = created_unix</c>) is recorded at once here, so its first use shows even in its first minute.
    /// </summary>
    public void Touch(long integrationId, long storedCreatedUnix, long storedUpdatedUnix)
    {
        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        if ((storedUpdatedUnix > storedCreatedUnix && storedUpdatedUnix >= now - MinimumIntervalSeconds)
            || (_lastQueued.TryGetValue(integrationId, out var last) && last >= now - MinimumIntervalSeconds))
        {
            return;
        }

        _lastQueued[integrationId] = now;
        Interlocked.Increment(ref _pending);
        if (!_queue.Writer.TryWrite((integrationId, now)))
        {
            Interlocked.Decrement(ref _pending);
        }
    }

    /// <summary>Waits until everything queued so far is written (tests and shutdown).</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        while (Volatile.Read(ref _pending) > 0)
        {
            await Task.Delay(10, cancellationToken);
        }
    }

    private int _pending;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var (id, now) in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var context = scope.ServiceProvider.GetRequiredService<ForgejoDbContext>();
                // "Used" means updated_unix > created_unix, so a use in the creation second is recorded one second later.
                await context.AuthorizedIntegrations
                    .Where(integration => integration.Id == id
                        && (integration.UpdatedUnix < now - MinimumIntervalSeconds || integration.UpdatedUnix <= integration.CreatedUnix))
                    .ExecuteUpdateAsync(set => set.SetProperty(
                        integration => integration.UpdatedUnix,
                        integration => integration.CreatedUnix >= now ? integration.CreatedUnix + 1 : now), stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogUpdateFailed(logger, id, ex);
            }
            finally
            {
                Interlocked.Decrement(ref _pending);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not record the last use of authorized integration {IntegrationId}")]
    private static partial void LogUpdateFailed(ILogger logger, long integrationId, Exception exception);
}
