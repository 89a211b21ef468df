using System.Diagnostics;
using Forgejo.Persistence;
using Forgejo.Persistence.MigrationEngine;
using Microsoft.EntityFrameworkCore;

namespace Forgejo.Bench.Migrations;

public static class Benchmarks
{
    private const double RatioGoal = 1.1;
    private const double UpToDateGoalMs = 1000;

    /// <summary>A smoke run's figures say nothing about the goals, so its verdicts say so.</summary>
    private static bool _judged = true;

    public static async Task RunAsync(Options options, CancellationToken cancellationToken)
    {
        _judged = !options.Smoke;
        Report.Line($"migrations benchmark: {string.Join(", ", options.Providers.Select(Name))}; {options.Rounds} rounds; " +
                    $"{options.Synthetic:N0} synthetic migrations{(options.Smoke ? "; smoke" : "")}");
        Report.Machine("at start");
        foreach (var provider in options.Providers)
        {
            Report.Line($"server    {Name(provider)}: {await BenchDatabase.ServerVersionAsync(provider, cancellationToken)}");
        }

        var realIds = RealMigrationIds(DatabaseProvider.Sqlite);
        Report.Line($"real      {realIds.Count} migrations per provider: {string.Join(", ", realIds)}");

        // 1. Empty database: forgejo migrate vs stock EF Migrate().
        var ratios = new List<(DatabaseProvider Provider, double Ratio)>();
        Report.Heading($"empty database: forgejo migrate (A) vs stock EF Core Migrate() (B), ms; warm-up, then {options.Rounds} rounds A B C A B C");
        Report.Line("(C: stock with PendingModelChangesWarning ignored, so without EF's pending-model check, which A never runs)");
        Report.Row("provider", "variant", "median", "min", "max");
        foreach (var provider in options.Providers)
        {
            var timings = await EmptyDatabaseAsync(provider, options.Rounds, cancellationToken);
            var (forgejo, stock, noCheck) = (timings[Variant.Forgejo], timings[Variant.Stock], timings[Variant.StockWithoutModelCheck]);
            var ratio = forgejo.Median / stock.Median;
            ratios.Add((provider, ratio));
            Report.Row(Name(provider), "A forgejo migrate", Report.Ms(forgejo.Median), Report.Ms(forgejo.Min), Report.Ms(forgejo.Max));
            Report.Row(Name(provider), "B stock Migrate()", Report.Ms(stock.Median), Report.Ms(stock.Min), Report.Ms(stock.Max));
            Report.Row(Name(provider), "C stock, no model check", Report.Ms(noCheck.Median), Report.Ms(noCheck.Min), Report.Ms(noCheck.Max));
            Report.Row(Name(provider), "ratio A/B (medians)", Report.Ratio(ratio), "", "", Verdict(ratio <= RatioGoal, $"<= {RatioGoal:0.0}"));
            Report.Row(Name(provider), "ratio A/C (medians)", Report.Ratio(forgejo.Median / noCheck.Median), "", "", "(reference)");
        }

        // 2. Up to date with many migrations.
        Report.Heading($"up to date with {options.Synthetic:N0} synthetic migrations (v9000a_synthetic_…, Up does nothing), ms");
        var emitStart = Stopwatch.GetTimestamp();
        var synthetic = SyntheticMigrations.Emit(options.Synthetic);
        var emitMs = Stopwatch.GetElapsedTime(emitStart).TotalMilliseconds;
        synthetic.Check(realIds);
        Report.Line($"emitted {options.Synthetic:N0} migration types × 3 contexts into one dynamic assembly in {Report.Ms(emitMs)} ms; " +
                    $"ids {synthetic.Ids[0]} … {synthetic.Ids[^1]}, valid, after {realIds[^1]}");
        Report.Row("provider", "measure", "median", "min", "max");
        var upToDate = new List<(DatabaseProvider Provider, double BeyondStartMs)>();
        foreach (var provider in options.Providers)
        {
            upToDate.Add((provider, await UpToDateAsync(provider, synthetic, options.Rounds, options.ProcessRounds, options.Smoke, cancellationToken)));
        }

        // Reference: the real CLI as a whole process.
        Report.Heading($"reference: the forgejo process on SQLite with the {realIds.Count} real migrations, wall ms per process");
        await ForgejoProcessAsync(realIds, options.ProcessRounds, options.Forgejo, cancellationToken);

        Report.Heading("goals");
        foreach (var (provider, ratio) in ratios)
        {
            Report.Line($"{Name(provider),-10}empty database, forgejo/stock ratio {Report.Ratio(ratio)} (goal <= {RatioGoal:0.0}): {Verdict(ratio <= RatioGoal, "")}");
        }

        foreach (var (provider, ms) in upToDate)
        {
            Report.Line($"{Name(provider),-10}up-to-date migrate, {options.Synthetic:N0} migrations, beyond process start {Report.Ms(ms)} ms " +
                        $"(goal < {UpToDateGoalMs:N0} ms): {Verdict(ms < UpToDateGoalMs, "")}");
        }

        Report.Line("");
        Report.Machine("at end");
    }

    private static string Verdict(bool met, string goal) =>
        (_judged ? met ? "met" : "MISSED" : "not judged (smoke)") + (goal.Length > 0 ? $" (goal {goal})" : "");

    public static string Name(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => "sqlite",
        DatabaseProvider.Postgres => "postgres",
        _ => "mysql",
    };

    private static List<string> RealMigrationIds(DatabaseProvider provider)
    {
        using var context = Contexts.Create(Variant.Forgejo, provider, ProbeConnectionString(provider), new AppliedCounter());
        return context.Database.GetMigrations().ToList();
    }

    /// <summary>A connection string for contexts that only build the model or list migrations; it is never opened.</summary>
    private static string ProbeConnectionString(DatabaseProvider provider) =>
        BenchDatabase.Server(provider) ?? "Data Source=never-opened.db";

    private static readonly Variant[] EmptyDatabaseVariants = [Variant.Forgejo, Variant.Stock, Variant.StockWithoutModelCheck];

    private static async Task<Dictionary<Variant, Timings>> EmptyDatabaseAsync(
        DatabaseProvider provider, int rounds, CancellationToken cancellationToken)
    {
        List<string> ids, tables;
        using (var probe = Contexts.Create(Variant.Forgejo, provider, ProbeConnectionString(provider), new AppliedCounter()))
        {
            ids = probe.Database.GetMigrations().ToList();
            tables = probe.Model.GetEntityTypes().Select(entity => entity.GetTableName()).OfType<string>().Distinct().ToList();
        }

        using (var stockProbe = Contexts.Create(Variant.Stock, provider, ProbeConnectionString(provider), new AppliedCounter()))
        {
            Checks.That(stockProbe.Database.GetMigrations().ToHashSet(StringComparer.Ordinal).SetEquals(ids),
                $"{provider}: stock EF and Forgejo list different migrations");
        }

        Checks.That(ids.Count > 0 && tables.Count > 0, $"{provider}: no migrations or no tables to expect");
        Progress($"{Name(provider)}: warm-up");
        foreach (var variant in EmptyDatabaseVariants)
        {
            await MigrateEmptyAsync(variant, provider, ids, tables, cancellationToken);
        }

        var timings = EmptyDatabaseVariants.ToDictionary(variant => variant, _ => new List<double>());
        for (var round = 1; round <= rounds; round++)
        {
            Progress($"{Name(provider)}: round {round}/{rounds}");
            foreach (var variant in EmptyDatabaseVariants)
            {
                timings[variant].Add(await MigrateEmptyAsync(variant, provider, ids, tables, cancellationToken));
            }
        }

        return timings.ToDictionary(pair => pair.Key, pair => new Timings(pair.Value));
    }

    /// <summary>One <c>MigrateAsync</c> on a new empty database with a new context; only the call is timed.</summary>
    private static async Task<double> MigrateEmptyAsync(Variant variant, DatabaseProvider provider, IReadOnlyCollection<string> ids,
        IReadOnlyCollection<string> tables, CancellationToken cancellationToken)
    {
        await using var database = await BenchDatabase.CreateAsync(provider, cancellationToken);
        var counter = new AppliedCounter();
        double ms;
        await using (var context = Contexts.Create(variant, provider, database.ConnectionString, counter))
        {
            ms = await TimeMigrateAsync(context, cancellationToken);
        }

        await Checks.MigratedAsync(database, variant, tables, ids, ids.Count, counter.Count, cancellationToken);
        return ms;
    }

    private static async Task<double> TimeMigrateAsync(DbContext context, CancellationToken cancellationToken)
    {
        // Collect before, not during: garbage from the previous run should not be charged to this one.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var start = Stopwatch.GetTimestamp();
        await context.Database.MigrateAsync(cancellationToken);
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }

    /// <summary>
    /// Migrates <paramref name="database"/> to the synthetic set with <paramref name="variant"/>'s services, checks that
    /// <paramref name="expectedApplied"/> migrations ran and the history holds them all, and returns the migrate's time.
    /// </summary>
    private static async Task<double> MigrateSyntheticAsync(Variant variant, BenchDatabase database, SyntheticMigrations synthetic,
        int expectedApplied, CancellationToken cancellationToken)
    {
        var counter = new AppliedCounter();
        double ms;
        await using (var context = Contexts.Create(variant, database.Provider, database.ConnectionString, counter, synthetic.Assembly))
        {
            ms = await TimeMigrateAsync(context, cancellationToken);
        }

        await Checks.MigratedAsync(database, variant, [], synthetic.Ids, expectedApplied, counter.Count, cancellationToken);
        return ms;
    }

    /// <summary>Returns the up-to-date migrate's cost beyond process start (median over the process rounds).</summary>
    private static async Task<double> UpToDateAsync(DatabaseProvider provider, SyntheticMigrations synthetic, int rounds,
        int processRounds, bool smoke, CancellationToken cancellationToken)
    {
        var name = Name(provider);
        var count = synthetic.Ids.Count;
        await using var database = await BenchDatabase.CreateAsync(provider, cancellationToken);

        // Apply every synthetic migration once (one transaction each).
        Progress($"{name}: applying {count:N0} synthetic migrations (forgejo)");
        var applyMs = await MigrateSyntheticAsync(Variant.Forgejo, database, synthetic, count, cancellationToken);
        Report.Row(name, $"apply {count:N0}", Report.Ms(applyMs));

        // Up to date: the first run after the apply, then warm runs. Everything is warm in this process (EF's service
        // provider and model are shared with the empty-database runs); the cold figure comes from the child processes.
        var first = await MigrateSyntheticAsync(Variant.Forgejo, database, synthetic, 0, cancellationToken);
        Report.Row(name, "up to date, first after the apply", Report.Ms(first));
        var warm = new List<double>();
        for (var round = 1; round <= rounds; round++)
        {
            warm.Add(await MigrateSyntheticAsync(Variant.Forgejo, database, synthetic, 0, cancellationToken));
        }

        var warmTimings = new Timings(warm);
        Report.Row(name, "up to date, warm", Report.Ms(warmTimings.Median), Report.Ms(warmTimings.Min), Report.Ms(warmTimings.Max));

        // Stock EF with the same synthetic migrations, for reference (one transaction for all, no per-step work).
        await using var stockDatabase = await BenchDatabase.CreateAsync(provider, cancellationToken);
        Progress($"{name}: applying {count:N0} synthetic migrations (stock)");
        var stockApplyMs = await MigrateSyntheticAsync(Variant.Stock, stockDatabase, synthetic, count, cancellationToken);
        Report.Row(name, $"stock apply {count:N0}", Report.Ms(stockApplyMs));
        Report.Row(name, "  forgejo's extra cost per step", Report.Ms((applyMs - stockApplyMs) / count), "", "",
            "(apply difference / migrations)");
        var stockFirst = await MigrateSyntheticAsync(Variant.Stock, stockDatabase, synthetic, 0, cancellationToken);
        var stockWarm = new List<double>();
        for (var round = 1; round <= rounds; round++)
        {
            stockWarm.Add(await MigrateSyntheticAsync(Variant.Stock, stockDatabase, synthetic, 0, cancellationToken));
        }

        var stockTimings = new Timings(stockWarm);
        Report.Row(name, "stock up to date, first", Report.Ms(stockFirst));
        Report.Row(name, "stock up to date, warm", Report.Ms(stockTimings.Median), Report.Ms(stockTimings.Min), Report.Ms(stockTimings.Max));

        // As a process: the bench's own executable emits the same migrations, then exits (start), or runs the up-to-date
        // migrate as forgejo migrate does (migrate) or as stock EF does (stock, not in a smoke run); migrate - start is
        // the work beyond process start.
        var start = new List<double>();
        var migrate = new List<double>();
        var inProcess = new List<double>();
        var stockProcess = new List<double>();
        for (var round = 1; round <= processRounds; round++)
        {
            Progress($"{name}: process round {round}/{processRounds}");
            start.Add((await Child.StartAsync("start", provider, database.ConnectionString, count, cancellationToken)).WallMs);
            var run = await Child.StartAsync("migrate", provider, database.ConnectionString, count, cancellationToken);
            migrate.Add(run.WallMs);
            inProcess.Add(run.MigrateMs);
            if (!smoke)
            {
                stockProcess.Add((await Child.StartAsync("stock", provider, stockDatabase.ConnectionString, count, cancellationToken)).WallMs);
            }
        }

        var startTimings = new Timings(start);
        var migrateTimings = new Timings(migrate);
        var inProcessTimings = new Timings(inProcess);
        var beyond = migrateTimings.Median - startTimings.Median;
        Report.Row(name, "process: start + emit", Report.Ms(startTimings.Median), Report.Ms(startTimings.Min), Report.Ms(startTimings.Max));
        Report.Row(name, "process: + migrate", Report.Ms(migrateTimings.Median), Report.Ms(migrateTimings.Min), Report.Ms(migrateTimings.Max));
        Report.Row(name, "  its migrate, cold", Report.Ms(inProcessTimings.Median), Report.Ms(inProcessTimings.Min), Report.Ms(inProcessTimings.Max));
        if (stockProcess.Count > 0)
        {
            var stockProcessTimings = new Timings(stockProcess);
            Report.Row(name, "process: + stock migrate", Report.Ms(stockProcessTimings.Median), Report.Ms(stockProcessTimings.Min),
                Report.Ms(stockProcessTimings.Max));
            Report.Row(name, "  stock, beyond start", Report.Ms(stockProcessTimings.Median - startTimings.Median), "", "", "(reference)");
        }

        Report.Row(name, "beyond process start", Report.Ms(beyond), "", "", Verdict(beyond < UpToDateGoalMs, $"< {UpToDateGoalMs:N0}"));
        return beyond;
    }

    private static async Task ForgejoProcessAsync(IReadOnlyList<string> realIds, int rounds, string? forgejoPath, CancellationToken cancellationToken)
    {
        var forgejo = ForgejoExecutable.Find(forgejoPath);
        Report.Line($"binary    {forgejo.Description}");
        await using var database = await BenchDatabase.CreateAsync(DatabaseProvider.Sqlite, cancellationToken);
        string[] migrateArgs = ["migrate", "--Database:Provider=sqlite", $"--Database:ConnectionString={database.ConnectionString}"];

        var apply = await ChildProcess.RunAsync(forgejo.File, [.. forgejo.Prefix, .. migrateArgs], null, cancellationToken);
        apply.ThrowUnlessSucceeded("forgejo migrate (empty database)", $"Applied {realIds.Count} migration(s)");
        Report.Row("sqlite", "migrate, empty database", Report.Ms(apply.WallMs));

        var help = new List<double>();
        var migrate = new List<double>();
        for (var round = 1; round <= rounds; round++)
        {
            Progress($"forgejo process round {round}/{rounds}");
            var helpRun = await ChildProcess.RunAsync(forgejo.File, [.. forgejo.Prefix, "--help"], null, cancellationToken);
            helpRun.ThrowUnlessSucceeded("forgejo --help", "migrate");
            help.Add(helpRun.WallMs);
            var run = await ChildProcess.RunAsync(forgejo.File, [.. forgejo.Prefix, .. migrateArgs], null, cancellationToken);
            run.ThrowUnlessSucceeded("forgejo migrate (up to date)", "Database is up to date.");
            migrate.Add(run.WallMs);
        }

        var helpTimings = new Timings(help);
        var migrateTimings = new Timings(migrate);
        Report.Row("sqlite", "forgejo --help", Report.Ms(helpTimings.Median), Report.Ms(helpTimings.Min), Report.Ms(helpTimings.Max));
        Report.Row("sqlite", "forgejo migrate, up to date", Report.Ms(migrateTimings.Median), Report.Ms(migrateTimings.Min), Report.Ms(migrateTimings.Max));
        Report.Row("sqlite", "difference (medians)", Report.Ms(migrateTimings.Median - helpTimings.Median));
        var ids = await database.QueryStringsAsync($"SELECT id FROM {ForgejoHistoryTable.Name}", cancellationToken);
        Checks.That(ids.ToHashSet(StringComparer.Ordinal).SetEquals(realIds), "forgejo migrate did not record the real migrations");
    }

    public static void Progress(string message) => Console.Error.WriteLine($"migbench: {message}");
}
