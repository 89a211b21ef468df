namespace Forgejo.Domain.Time;

/// <summary>Forgejo stores every timestamp as unix seconds.</summary>
public static class UnixTime
{
    public static long Now(TimeProvider clock) => clock.GetUtcNow().ToUnixTimeSeconds();
}
