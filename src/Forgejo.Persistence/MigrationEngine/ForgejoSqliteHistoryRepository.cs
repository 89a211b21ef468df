using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Sqlite.Migrations.Internal;

namespace Forgejo.Persistence.MigrationEngine;

public sealed class ForgejoSqliteHistoryRepository(HistoryRepositoryDependencies dependencies) : SqliteHistoryRepository(dependencies)
{
    // The migrator opens its transaction with BEGIN IMMEDIATE, which holds SQLite's write lock until commit.
    public override LockReleaseBehavior LockReleaseBehavior => LockReleaseBehavior.Transaction;

    public override IMigrationsDatabaseLock AcquireDatabaseLock() => new TransactionBoundLock(this);

    public override Task<IMigrationsDatabaseLock> AcquireDatabaseLockAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IMigrationsDatabaseLock>(new TransactionBoundLock(this));

    protected override void ConfigureTable(EntityTypeBuilder<HistoryRow> history)
    {
        base.ConfigureTable(history);
        ForgejoHistoryTable.Configure(history);
    }

    protected override string GetAppliedMigrationsSql =>
        ForgejoHistoryTable.SelectAppliedSql(SqlGenerationHelper, TableName, TableSchema);

    public override string GetInsertScript(HistoryRow row) =>
        ForgejoHistoryTable.InsertSql(SqlGenerationHelper, Dependencies.TypeMappingSource, TableName, TableSchema,
            row.MigrationId, "CAST(strftime('%s', 'now') AS INTEGER)");
}
