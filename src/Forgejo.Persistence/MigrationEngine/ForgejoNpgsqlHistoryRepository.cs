using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Migrations.Internal;

namespace Forgejo.Persistence.MigrationEngine;

/// <summary>Keeps Npgsql's lock (LOCK TABLE on the history table, ended with the transaction) and its create race handling.</summary>
public sealed class ForgejoNpgsqlHistoryRepository(HistoryRepositoryDependencies dependencies) : NpgsqlHistoryRepository(dependencies)
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
            row.MigrationId, "CAST(EXTRACT(EPOCH FROM CURRENT_TIMESTAMP) AS bigint)");
}
