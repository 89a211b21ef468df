using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Forgejo.Persistence.MigrationEngine;

/// <summary>Compares the migrations of this build with the rows of <c>forgejo_migration</c>, without changing anything.</summary>
public static class MigrationStatusReader
{
    public static async Task<MigrationStatus> ReadAsync(DbContext context, CancellationToken cancellationToken = default)
    {
        var known = context.Database.GetMigrations().ToList();
        // The history repository knows, per provider, how to treat a missing database or table as "nothing applied".
        var appliedRows = await context.GetService<IHistoryRepository>().GetAppliedMigrationsAsync(cancellationToken);
        var createdUnix = appliedRows.Count == 0
            ? new Dictionary<string, long?>()
            : await ReadCreatedUnixAsync(context, cancellationToken);

        var knownSet = known.ToHashSet(MigrationId.Order);
        var entries = known
            .Select(id => createdUnix.TryGetValue(id, out var created)
                ? new MigrationStatusEntry(id, MigrationState.Applied, created)
                : new MigrationStatusEntry(id, MigrationState.Pending, null))
            .Concat(createdUnix.Where(row => !knownSet.Contains(row.Key))
                .OrderBy(row => row.Key, MigrationId.Order)
                .Select(row => new MigrationStatusEntry(row.Key, MigrationState.Unknown, row.Value)))
            .ToList();
        return new MigrationStatus(entries);
    }

    private static async Task<Dictionary<string, long?>> ReadCreatedUnixAsync(DbContext context, CancellationToken cancellationToken)
    {
        var connection = context.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(cancellationToken);
        }

        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {ForgejoHistoryTable.IdColumn}, {ForgejoHistoryTable.CreatedUnixColumn} FROM {ForgejoHistoryTable.Name}";
            await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
            var rows = new Dictionary<string, long?>(MigrationId.Order);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows[reader.GetString(0)] = reader.IsDBNull(1) ? null : Convert.ToInt64(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture);
            }

            return rows;
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }
}
