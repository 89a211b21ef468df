using Forgejo.Persistence.MigrationEngine;

namespace Forgejo.Bench.Migrations;

/// <summary>A run did not leave the database as it should: the figures would be meaningless, so the benchmark stops.</summary>
public sealed class CheckFailedException(string message) : Exception(message);

public static class Checks
{
    public const string StockHistoryTable = "__EFMigrationsHistory";

    public static void That(bool condition, string failure)
    {
        if (!condition)
        {
            throw new CheckFailedException(failure);
        }
    }

    /// <summary>
    /// After a migrate: the expected tables exist, the variant's history table (and not the other one) holds exactly
    /// <paramref name="expectedIds"/>, and the run reported <paramref name="expectedApplied"/> migrations applied.
    /// </summary>
    public static async Task MigratedAsync(BenchDatabase database, Variant variant, IReadOnlyCollection<string> expectedTables,
        IReadOnlyCollection<string> expectedIds, int expectedApplied, int applied, CancellationToken cancellationToken)
    {
        var what = $"{database.Provider} {variant} ({database.Name})";
        That(applied == expectedApplied, $"{what}: {applied} migration(s) applied, expected {expectedApplied}");

        var tables = await database.TablesAsync(cancellationToken);
        var missing = expectedTables.Where(table => !tables.Contains(table)).ToList();
        That(missing.Count == 0, $"{what}: tables missing after migrate: {string.Join(", ", missing)}");

        var (history, other) = variant == Variant.Forgejo
            ? (ForgejoHistoryTable.Name, StockHistoryTable)
            : (StockHistoryTable, ForgejoHistoryTable.Name);
        That(tables.Contains(history), $"{what}: no history table {history}");
        That(!tables.Contains(other), $"{what}: history table {other} exists, but this variant must not use it");

        var idColumn = variant == Variant.Forgejo ? ForgejoHistoryTable.IdColumn : "MigrationId";
        var ids = await database.QueryStringsAsync(
            $"SELECT {database.Quote(idColumn)} FROM {database.Quote(history)}", cancellationToken);
        That(ids.Count == expectedIds.Count && ids.ToHashSet(StringComparer.Ordinal).SetEquals(expectedIds),
            $"{what}: {history} holds {ids.Count} id(s) ({string.Join(", ", ids.Order(MigrationId.Order).Take(4))}…), " +
            $"expected {expectedIds.Count} ({string.Join(", ", expectedIds.Take(4))}…)");
    }
}
