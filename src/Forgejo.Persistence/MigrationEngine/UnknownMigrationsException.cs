namespace Forgejo.Persistence.MigrationEngine;

/// <summary>
/// The database records migrations this build does not have: it was used by a newer release.
/// Like Forgejo, we refuse to touch it rather than run old code against a newer schema.
/// </summary>
public sealed class UnknownMigrationsException(IReadOnlyList<string> unknownIds, string historyTable)
    : InvalidOperationException(
        $"The database has {unknownIds.Count} migration(s) ({string.Join(", ", unknownIds)}) for a newer version of Forgejo; " +
        "this release cannot use it and changed nothing. Keep your database safe: upgrade Forgejo or restore a backup. " +
        $"Only if you know these migrations are safe to forget, remove them with: DELETE FROM {historyTable} WHERE id IN ({string.Join(", ", unknownIds.Select(id => $"'{id}'"))});")
{
    public IReadOnlyList<string> UnknownIds { get; } = unknownIds;
}
