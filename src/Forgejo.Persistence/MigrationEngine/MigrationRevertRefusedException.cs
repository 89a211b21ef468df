namespace Forgejo.Persistence.MigrationEngine;

/// <summary>
/// A request would revert applied migrations. Forgejo never reverts: a back-ported migration may sort above a
/// target while being applied long after it, so "everything above the target" is not a safe thing to undo.
/// </summary>
public sealed class MigrationRevertRefusedException(string message) : InvalidOperationException(message);
