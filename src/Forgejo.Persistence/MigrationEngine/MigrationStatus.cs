namespace Forgejo.Persistence.MigrationEngine;

public enum MigrationState
{
    Applied,
    Pending,

    /// <summary>Recorded in the database but not part of this build: the database belongs to a newer release.</summary>
    Unknown,
}

public sealed record MigrationStatusEntry(string Id, MigrationState State, long? CreatedUnix);

public sealed record MigrationStatus(IReadOnlyList<MigrationStatusEntry> Entries)
{
    public IEnumerable<string> Pending => Entries.Where(e => e.State == MigrationState.Pending).Select(e => e.Id);
    public IEnumerable<string> Unknown => Entries.Where(e => e.State == MigrationState.Unknown).Select(e => e.Id);
    public bool IsUpToDate => Entries.All(e => e.State == MigrationState.Applied);
}
