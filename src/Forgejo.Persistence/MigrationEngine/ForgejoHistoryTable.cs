using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;

namespace Forgejo.Persistence.MigrationEngine;

/// <summary>
/// Forgejo's history table, <c>forgejo_migration(id VARCHAR(255) PRIMARY KEY, created_unix BIGINT NULL)</c>, described
/// to EF's history model so that EF's own create, exists and lock code produce exactly that table.
/// </summary>
public static class ForgejoHistoryTable
{
    public const string Name = "forgejo_migration";
    public const string IdColumn = "id";
    public const string CreatedUnixColumn = "created_unix";

    /// <summary>
    /// EF's <see cref="HistoryRow.ProductVersion"/> slot becomes <c>created_unix</c>; EF never reads or writes it
    /// because <see cref="SelectAppliedSql"/> and <see cref="InsertSql"/> replace the statements that would.
    /// </summary>
    public static void Configure(EntityTypeBuilder<HistoryRow> history)
    {
        history.Property(row => row.MigrationId).HasColumnName(IdColumn).HasMaxLength(MigrationId.MaxLength);
        // A number converter gives the provider's own 64-bit integer type: BIGINT, or INTEGER on SQLite.
        var createdUnix = history.Property(row => row.ProductVersion).HasColumnName(CreatedUnixColumn).HasConversion<long>().IsRequired(false);
        createdUnix.Metadata.SetMaxLength(null);
    }

    /// <summary>EF reads a (string, string) pair per row; the second is unused, so it gets an empty literal.</summary>
    public static string SelectAppliedSql(ISqlGenerationHelper sql, string table, string? schema) =>
        new StringBuilder()
            .Append("SELECT ").Append(sql.DelimitIdentifier(IdColumn)).Append(", ''")
            .Append(" FROM ").Append(sql.DelimitIdentifier(table, schema))
            .Append(sql.StatementTerminator)
            .ToString();

    /// <summary>
    /// Records a migration with the database's own clock, as xorm's <c>created</c> tag does at insert time;
    /// a generated script therefore records the time it was run, not the time it was written.
    /// </summary>
    public static string InsertSql(ISqlGenerationHelper sql, IRelationalTypeMappingSource typeMappings, string table, string? schema,
        string migrationId, string unixNowExpression) =>
        new StringBuilder()
            .Append("INSERT INTO ").Append(sql.DelimitIdentifier(table, schema))
            .Append(" (").Append(sql.DelimitIdentifier(IdColumn)).Append(", ").Append(sql.DelimitIdentifier(CreatedUnixColumn)).AppendLine(")")
            .Append("VALUES (").Append(typeMappings.GetMapping(typeof(string)).GenerateSqlLiteral(migrationId))
            .Append(", ").Append(unixNowExpression).Append(')')
            .AppendLine(sql.StatementTerminator)
            .ToString();
}
