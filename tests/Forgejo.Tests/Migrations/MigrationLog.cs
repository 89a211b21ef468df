using Forgejo.Tests.Infrastructure;
using Forgejo.Tests.Migrations.Scenarios;

namespace Forgejo.Tests.Migrations;

/// <summary>Reads what the scenario migrations did, and what <c>forgejo_migration</c> holds.</summary>
public static class MigrationLog
{
    public static async Task<List<string>> ReadAsync(TestDatabase database) =>
        await database.QueryStringsAsync($"SELECT id FROM {LoggedMigration.LogTable} ORDER BY seq");

    public static async Task<List<string>> HistoryAsync(TestDatabase database) =>
        await database.QueryStringsAsync("SELECT id FROM forgejo_migration");
}
