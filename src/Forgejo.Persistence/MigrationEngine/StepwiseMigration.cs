using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Internal;
using Microsoft.EntityFrameworkCore.Storage;

namespace Forgejo.Persistence.MigrationEngine;

/// <summary>
/// The migration policy shared by the three provider migrators:
/// <list type="bullet">
/// <item>pending migrations run in ordinal id order, wherever applied ids fall (back-ports run, nothing is skipped);</item>
/// <item>each migration runs and is recorded in its own transaction under the provider's migration lock, as Forgejo
/// records each one after it succeeds (EF 9 would put them all in one);</item>
/// <item>applied ids the code does not know stop everything before any change;</item>
/// <item>nothing is ever reverted.</item>
/// </list>
/// Each step is EF's own <c>Migrate(id)</c>, so locking, history-table creation and retries stay EF's. After the first
/// step of a run, the database is known to exist, and <paramref name="databaseCreator"/> (when it is one of ours) skips
/// EF's per-step check for it (see <see cref="IMigrationRunDatabaseCreator"/>).
/// </summary>
public sealed class StepwiseMigration(IMigrationsAssembly migrationsAssembly, IHistoryRepository historyRepository, string activeProvider,
    IDatabaseCreator? databaseCreator = null)
{
    private readonly IMigrationRunDatabaseCreator? _runDatabase = databaseCreator as IMigrationRunDatabaseCreator;

    private const string HistoryTableName = ForgejoHistoryTable.Name;

    /// <summary>The id being applied by the current step; while set, EF's plan is exactly this migration if still pending.</summary>
    private string? _step;

    public void Run(string? target, Action<string> migrateTo)
    {
        var pending = Plan(historyRepository.GetAppliedMigrations().Select(row => row.MigrationId), target);
        try
        {
            foreach (var id in pending)
            {
                _step = id;
                try
                {
                    migrateTo(id);
                }
                finally
                {
                    _step = null;
                }

                DatabaseExistsForThisRun(true);
            }
        }
        finally
        {
            DatabaseExistsForThisRun(false);
        }
    }

    public async Task RunAsync(string? target, Func<string, Task> migrateTo, CancellationToken cancellationToken)
    {
        var applied = await historyRepository.GetAppliedMigrationsAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            foreach (var id in Plan(applied.Select(row => row.MigrationId), target))
            {
                _step = id;
                try
                {
                    await migrateTo(id).ConfigureAwait(false);
                }
                finally
                {
                    _step = null;
                }

                DatabaseExistsForThisRun(true);
            }
        }
        finally
        {
            DatabaseExistsForThisRun(false);
        }
    }

    /// <summary>A step has completed, so EF created the database if it was missing; the next steps need not ask again.</summary>
    private void DatabaseExistsForThisRun(bool exists)
    {
        if (_runDatabase is not null)
        {
            _runDatabase.ExistsForThisRun = exists;
        }
    }

    /// <summary>What EF should apply, given the ids recorded in the database (read again under the lock by EF).</summary>
    public MigratorData Populate(IEnumerable<string> appliedIds, string? target)
    {
        var applied = appliedIds.ToHashSet(MigrationId.Order);
        IEnumerable<string> toApply;
        if (_step is { } step)
        {
            ThrowIfUnknown(applied);
            toApply = applied.Contains(step) ? [] : [step];
        }
        else
        {
            toApply = Plan(applied, target);
        }

        var migrations = toApply
            .Select(id => migrationsAssembly.CreateMigration(migrationsAssembly.Migrations[id], activeProvider))
            .ToList();
        return new MigratorData(migrations, [], null);
    }

    /// <summary>The pending ids, in the order they will run, up to and including <paramref name="target"/> when given.</summary>
    public IReadOnlyList<string> Plan(IEnumerable<string> appliedIds, string? target)
    {
        var applied = appliedIds as IReadOnlySet<string> ?? appliedIds.ToHashSet(MigrationId.Order);
        ThrowIfUnknown(applied);
        var known = migrationsAssembly.Migrations.Keys;
        if (string.IsNullOrEmpty(target))
        {
            return known.Where(id => !applied.Contains(id)).ToList();
        }

        if (target == Migration.InitialDatabase)
        {
            throw new MigrationRevertRefusedException(
                "Forgejo migrations are never reverted, so the database cannot be taken back to '0'. Restore a backup instead.");
        }

        var targetId = migrationsAssembly.GetMigrationId(target);
        var above = applied.Where(id => MigrationId.Order.Compare(id, targetId) > 0).Order(MigrationId.Order).ToList();
        if (above.Count > 0)
        {
            throw new MigrationRevertRefusedException(
                $"Updating to {targetId} would revert {string.Join(", ", above)}, which sort above it and are applied; " +
                "Forgejo migrations are never reverted. Nothing was changed. Update without a target to apply every pending migration.");
        }

        return known.Where(id => !applied.Contains(id) && MigrationId.Order.Compare(id, targetId) <= 0).ToList();
    }

    private void ThrowIfUnknown(IReadOnlySet<string> applied)
    {
        var unknown = applied.Where(id => !migrationsAssembly.Migrations.ContainsKey(id)).Order(MigrationId.Order).ToList();
        if (unknown.Count > 0)
        {
            throw new UnknownMigrationsException(unknown, HistoryTableName);
        }
    }
}
