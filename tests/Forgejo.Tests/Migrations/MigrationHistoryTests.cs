using Forgejo.Persistence;
using Forgejo.Persistence.MigrationEngine;
using Forgejo.Tests.Infrastructure;
using Forgejo.Tests.Migrations.Scenarios;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Forgejo.Tests.Migrations;

public sealed class MigrationHistoryTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_backported_migration_with_a_lower_id_is_applied_after_higher_ones(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var releaseOne = database.CreateContext<ReleaseOne>())
        {
            await releaseOne.Database.MigrateAsync();
        }

        await using (var releaseTwo = database.CreateContext<ReleaseTwo>())
        {
            Assert.Equal(["v15a_two"], releaseTwo.Database.GetPendingMigrations());
            await releaseTwo.Database.MigrateAsync();
            Assert.Empty(releaseTwo.Database.GetPendingMigrations());
        }

        Assert.Equal(["v14a_one", "v16a_three", "v15a_two"], await MigrationLog.ReadAsync(database));
        Assert.Equal(["v14a_one", "v15a_two", "v16a_three"], (await MigrationLog.HistoryAsync(database)).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Applied_ids_this_build_does_not_know_stop_migrate_and_change_nothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var newer = database.CreateContext<ReleaseTwo>())
        {
            await newer.Database.MigrateAsync(targetMigration: "v14a_one");
            await database.ExecuteAsync("INSERT INTO forgejo_migration (id, created_unix) VALUES ('v15a_two', 1)");
            await database.ExecuteAsync("INSERT INTO forgejo_migration (id, created_unix) VALUES ('v99z_from-the-future', 2)");
        }

        var historyBefore = (await MigrationLog.HistoryAsync(database)).Order(StringComparer.Ordinal).ToList();
        await using var older = database.CreateContext<ReleaseOne>();
        var error = await Assert.ThrowsAsync<UnknownMigrationsException>(() => older.Database.MigrateAsync());

        Assert.Equal(["v15a_two", "v99z_from-the-future"], error.UnknownIds);
        Assert.Contains("2 migration(s) (v15a_two, v99z_from-the-future) for a newer version of Forgejo", error.Message);
        Assert.Contains("DELETE FROM forgejo_migration WHERE id IN ('v15a_two', 'v99z_from-the-future')", error.Message);
        Assert.Equal(["v14a_one"], await MigrationLog.ReadAsync(database));
        Assert.Equal(historyBefore, (await MigrationLog.HistoryAsync(database)).Order(StringComparer.Ordinal));

        var status = await MigrationStatusReader.ReadAsync(older);
        Assert.Equal(["v15a_two", "v99z_from-the-future"], status.Unknown);
        Assert.Equal(["v16a_three"], status.Pending);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_failing_migration_keeps_earlier_ones_recorded_and_a_rerun_continues_from_it(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var broken = database.CreateContext<ReleaseTwoBroken>())
        {
            await Assert.ThrowsAnyAsync<Exception>(() => broken.Database.MigrateAsync());
        }

        Assert.Equal(["v14a_one"], await MigrationLog.HistoryAsync(database));
        Assert.Equal(["v14a_one"], await MigrationLog.ReadAsync(database));

        await using (var fixedRelease = database.CreateContext<ReleaseTwo>())
        {
            await fixedRelease.Database.MigrateAsync();
        }

        Assert.Equal(["v14a_one", "v15a_two", "v16a_three"], await MigrationLog.ReadAsync(database));
        Assert.Equal(["v14a_one", "v15a_two", "v16a_three"], (await MigrationLog.HistoryAsync(database)).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Deleting_a_history_row_runs_that_migration_again(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var context = database.CreateContext<ReleaseTwo>())
        {
            await context.Database.MigrateAsync();
        }

        await database.ExecuteAsync("DELETE FROM forgejo_migration WHERE id = 'v15a_two'");
        await using (var context = database.CreateContext<ReleaseTwo>())
        {
            await context.Database.MigrateAsync();
        }

        Assert.Equal(["v14a_one", "v15a_two", "v16a_three", "v15a_two"], await MigrationLog.ReadAsync(database));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Concurrent_migrators_apply_each_migration_exactly_once_and_all_succeed(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var start = new Barrier(4);
        var migrators = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            await using var context = database.CreateContext<ManyMigrations>();
            start.SignalAndWait();
            await context.Database.MigrateAsync();
        }));

        await Task.WhenAll(migrators);

        string[] expected = ["v20a_step", "v20b_step", "v20c_step", "v20d_step", "v20e_step", "v20f_step", "v20g_step", "v20h_step"];
        Assert.Equal(expected, await MigrationLog.ReadAsync(database));
        Assert.Equal(expected, (await MigrationLog.HistoryAsync(database)).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Only_the_steps_of_a_run_take_the_database_for_granted(DatabaseProvider provider)
    {
        // Steps after the first skip EF's "does the database exist?" check; a run must not leave that assumption behind
        // in the context's services (pooled contexts keep them), whether it succeeds or fails.
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var broken = database.CreateContext<ReleaseTwoBroken>())
        {
            await Assert.ThrowsAnyAsync<Exception>(() => broken.Database.MigrateAsync());
            Assert.True(await broken.Database.EnsureDeletedAsync());
            Assert.False(await broken.GetService<IRelationalDatabaseCreator>().ExistsAsync());
        }

        await using var context = database.CreateContext<ManyMigrations>();
        await context.Database.MigrateAsync();
        Assert.True(await context.Database.EnsureDeletedAsync());
        Assert.False(await context.GetService<IRelationalDatabaseCreator>().ExistsAsync());

        // A new run finds the database missing, creates it and applies everything.
        await context.Database.MigrateAsync();
        string[] expected = ["v20a_step", "v20b_step", "v20c_step", "v20d_step", "v20e_step", "v20f_step", "v20g_step", "v20h_step"];
        Assert.Equal(expected, await MigrationLog.ReadAsync(database));
        Assert.Equal(expected, (await MigrationLog.HistoryAsync(database)).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_targeted_update_applies_up_to_the_target_and_never_reverts(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var releaseOne = database.CreateContext<ReleaseOne>())
        {
            await releaseOne.Database.MigrateAsync();
        }

        await using var releaseTwo = database.CreateContext<ReleaseTwo>();
        var refused = await Assert.ThrowsAsync<MigrationRevertRefusedException>(() => releaseTwo.Database.MigrateAsync("v15a_two"));
        Assert.Contains("would revert v16a_three", refused.Message);
        await Assert.ThrowsAsync<MigrationRevertRefusedException>(() => releaseTwo.Database.MigrateAsync("0"));
        Assert.Equal(["v14a_one", "v16a_three"], await MigrationLog.ReadAsync(database));

        await using var fresh = await TestDatabase.CreateAsync(provider);
        await using var partial = fresh.CreateContext<ReleaseTwo>();
        await partial.Database.MigrateAsync("v15a_two");
        Assert.Equal(["v14a_one", "v15a_two"], await MigrationLog.ReadAsync(fresh));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_forgejo_migration_table_created_by_forgejo_is_adopted_unchanged(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        // xorm's DDL for ForgejoMigration{ID string `xorm:"pk"`; CreatedUnix timeutil.TimeStamp `xorm:"created"`}.
        await database.ExecuteAsync(provider switch
        {
            DatabaseProvider.Sqlite => "CREATE TABLE `forgejo_migration` (`id` TEXT PRIMARY KEY NOT NULL, `created_unix` INTEGER NULL)",
            DatabaseProvider.Postgres => "CREATE TABLE \"forgejo_migration\" (\"id\" VARCHAR(255) PRIMARY KEY NOT NULL, \"created_unix\" BIGINT NULL)",
            _ => "CREATE TABLE `forgejo_migration` (`id` VARCHAR(255) PRIMARY KEY NOT NULL, `created_unix` BIGINT NULL) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 ROW_FORMAT=DYNAMIC",
        });
        await database.ExecuteAsync("INSERT INTO forgejo_migration (id, created_unix) VALUES ('v14a_one', 1700000000)");
        var catalogBefore = await HistoryCatalog.ReadAsync(database);

        await using (var context = database.CreateContext<ReleaseTwo>())
        {
            await context.Database.MigrateAsync();
        }

        Assert.Equal(catalogBefore, await HistoryCatalog.ReadAsync(database));
        Assert.Equal(["v15a_two", "v16a_three"], await MigrationLog.ReadAsync(database));
        var rows = await database.QueryAsync("SELECT id, created_unix FROM forgejo_migration WHERE id = 'v14a_one'");
        Assert.Equal(1700000000L, Convert.ToInt64(rows.Single()[1]));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_history_table_is_forgejos_and_records_the_unix_time_of_each_migration(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var before = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        await using (var context = database.CreateContext())
        {
            await context.Database.MigrateAsync();
        }

        var expected = provider switch
        {
            DatabaseProvider.Sqlite => new[] { ("id", "TEXT", false), ("created_unix", "INTEGER", true) },
            DatabaseProvider.Postgres => new[] { ("id", "character varying(255)", false), ("created_unix", "bigint", true) },
            _ => new[] { ("id", "varchar(255)", false), ("created_unix", "bigint(20)", true) },
        };
        Assert.Equal(expected, await HistoryCatalog.ReadAsync(database));
        Assert.Equal(["id"], await HistoryCatalog.PrimaryKeyAsync(database));
        Assert.Empty(await database.QueryAsync(provider == DatabaseProvider.Postgres
            ? "SELECT 1 FROM information_schema.tables WHERE table_name = '__EFMigrationsHistory'"
            : provider == DatabaseProvider.Sqlite
                ? "SELECT 1 FROM sqlite_master WHERE name IN ('__EFMigrationsHistory', '__EFMigrationsLock')"
                : "SELECT 1 FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = '__EFMigrationsHistory'"));

        var rows = await database.QueryAsync("SELECT id, created_unix FROM forgejo_migration");
        Assert.Equal(["v14a_create-user-and-repository", "v16a_add_authorized_integration"],
            rows.Select(row => (string)row[0]!).Order(StringComparer.Ordinal));
        Assert.All(rows, row => Assert.InRange(Convert.ToInt64(row[1]), before - 5, DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 5));
    }
}
