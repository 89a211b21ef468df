using Forgejo.Bench.Migrations;
using Forgejo.Persistence;

// Migrations benchmark (issue 6), see docs/benchmarks.md "Migrations (issue 6)":
//   1. forgejo migrate vs stock EF Core Migrate() of the same migrations on an empty database, per provider (ratio);
//   2. an up-to-date forgejo migrate with 1,000 synthetic migrations, in process and as a process.
//
// usage: dotnet run -c Release --project bench/Forgejo.Bench.Migrations -- [--db sqlite|postgres|mysql|all]
//            [--rounds N] [--synthetic N] [--forgejo PATH] [--smoke]
// PostgreSQL needs FORGEJO_TEST_POSTGRES, MySQL/MariaDB FORGEJO_TEST_MYSQL (server-level connection strings, as for the
// tests); all = SQLite plus every server whose variable is set. Databases are created per run and dropped.
// --forgejo: the forgejo executable of the process reference (default: the one built with this benchmark), e.g. a
// ReadyToRun publish as the Docker image ships it.
// --smoke: 2 rounds (1 for the process measurements), 50 synthetic migrations; exits non-zero when a check fails,
// never because a goal is missed.

// Figures are printed the same way whatever the machine's culture.
System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture;

// Ctrl+C and SIGTERM stop the run after the current step; the databases are dropped on the way out.
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};
using var terminate = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM,
    signal =>
    {
        signal.Cancel = true;
        cancellation.Cancel();
    });

if (args.Length > 0 && args[0] == "--child")
{
    return await Child.RunAsync(args, cancellation.Token);
}

Options options;
try
{
    options = Options.Parse(args);
}
catch (ArgumentException ex)
{
    await Console.Error.WriteLineAsync($"migbench: {ex.Message}");
    await Console.Error.WriteLineAsync("usage: Forgejo.Bench.Migrations [--db sqlite|postgres|mysql|all] [--rounds N] [--synthetic N] [--forgejo PATH] [--smoke]");
    return 2;
}

try
{
    await Benchmarks.RunAsync(options, cancellation.Token);
    return 0;
}
catch (CheckFailedException ex)
{
    await Console.Error.WriteLineAsync($"migbench: check failed: {ex.Message}");
    return 1;
}
catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
{
    await Console.Error.WriteLineAsync("migbench: interrupted");
    return 130;
}
catch (Exception ex)
{
    await Console.Error.WriteLineAsync($"migbench: failed: {ex}");
    return 1;
}
finally
{
    await BenchDatabase.DropAllAsync(Console.Error);
}

namespace Forgejo.Bench.Migrations
{
    public sealed record Options(IReadOnlyList<DatabaseProvider> Providers, int Rounds, int Synthetic, bool Smoke, string? Forgejo)
    {
        /// <summary>Rounds of the process measurements (each a few process starts): one in a smoke run.</summary>
        public int ProcessRounds => Smoke ? 1 : Rounds;

        public static Options Parse(string[] args)
        {
            string db = "all";
            int? rounds = null, synthetic = null;
            var smoke = false;
            string? forgejo = null;
            for (var i = 0; i < args.Length; i++)
            {
                string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
                int Number()
                {
                    var name = args[i];
                    return int.TryParse(Value(), System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0
                        ? n
                        : throw new ArgumentException($"{name} needs a positive number");
                }

                switch (args[i])
                {
                    case "--db":
                        db = Value();
                        break;
                    case "--rounds":
                        rounds = Number();
                        break;
                    case "--synthetic":
                        synthetic = Number();
                        break;
                    case "--forgejo":
                        forgejo = Path.GetFullPath(Value());
                        break;
                    case "--smoke":
                        smoke = true;
                        break;
                    default:
                        throw new ArgumentException($"unknown option {args[i]}");
                }
            }

            List<DatabaseProvider> providers = db switch
            {
                "all" => [DatabaseProvider.Sqlite, .. new[] { DatabaseProvider.Postgres, DatabaseProvider.MySql }.Where(p => BenchDatabase.Server(p) is not null)],
                "sqlite" => [DatabaseProvider.Sqlite],
                "postgres" => [DatabaseProvider.Postgres],
                "mysql" => [DatabaseProvider.MySql],
                _ => throw new ArgumentException($"--db must be sqlite, postgres, mysql or all, not {db}"),
            };
            foreach (var provider in providers.Where(p => p != DatabaseProvider.Sqlite && BenchDatabase.Server(p) is null))
            {
                throw new ArgumentException(
                    $"{provider} needs {(provider == DatabaseProvider.Postgres ? "FORGEJO_TEST_POSTGRES" : "FORGEJO_TEST_MYSQL")}");
            }

            return new Options(providers, rounds ?? (smoke ? 2 : 10), synthetic ?? (smoke ? 50 : 1000), smoke, forgejo);
        }
    }
}
