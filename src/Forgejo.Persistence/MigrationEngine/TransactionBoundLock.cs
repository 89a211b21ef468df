using Microsoft.EntityFrameworkCore.Migrations;

namespace Forgejo.Persistence.MigrationEngine;

/// <summary>
/// A migration lock that is the migration's own transaction: it ends with the transaction or with the process,
/// so a crashed migrator cannot leave a lock behind (EF's SQLite lock row can, and the next run then waits forever).
/// </summary>
internal sealed class TransactionBoundLock(IHistoryRepository historyRepository) : IMigrationsDatabaseLock
{
    IHistoryRepository IMigrationsDatabaseLock.HistoryRepository => historyRepository;

    public void Dispose()
    {
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
