using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Migrations;
using Pomelo.EntityFrameworkCore.MySql.Migrations.Internal;

namespace Forgejo.Persistence.MigrationEngine;

/// <summary>Keeps Pomelo's lock (GET_LOCK, released with the connection, so a crashed process frees it).</summary>
public sealed class ForgejoMySqlHistoryRepository(HistoryRepositoryDependencies dependencies) : MySqlHistoryRepository(dependencies)
{
    protected override void ConfigureTable(EntityTypeBuilder<HistoryRow> history)
    {
        base.ConfigureTable(history);
        ForgejoHistoryTable.Configure(history);
    }

    protected override string GetAppliedMigrationsSql =>
        ForgejoHistoryTable.SelectAppliedSql(SqlGenerationHelper, TableName, TableSchema);

    public override string GetInsertScript(HistoryRow row) =>
        ForgejoHistoryTable.InsertSql(SqlGenerationHelper, Dependencies.TypeMappingSource, TableName, TableSchema,
            row.MigrationId, "UNIX_TIMESTAMP()");

    protected override string GetDatabaseLockName(string databaseName) => $"{databaseName}.{ForgejoHistoryTable.Name}";
}
