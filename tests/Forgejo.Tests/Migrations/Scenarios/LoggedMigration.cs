using System.Reflection;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Forgejo.Tests.Migrations.Scenarios;

/// <summary>
/// A test migration that appends its id to <c>migration_log</c>, so a test can see what ran, in which order and how often.
/// The SQL is the same on SQLite, PostgreSQL and MariaDB.
/// </summary>
public abstract class LoggedMigration : Migration
{
    public const string LogTable = "migration_log";

    public string Id => GetType().GetCustomAttribute<MigrationAttribute>()!.Id;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql($"CREATE TABLE IF NOT EXISTS {LogTable} (seq INT NOT NULL, id VARCHAR(255) NOT NULL)");
        migrationBuilder.Sql($"INSERT INTO {LogTable} (seq, id) SELECT COUNT(*), '{Id}' FROM {LogTable}");
    }
}

/// <summary>Logs like <see cref="LoggedMigration"/>, then fails with a syntax error.</summary>
public abstract class FailingMigration : LoggedMigration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("THIS IS NOT SQL AT ALL");
    }
}
