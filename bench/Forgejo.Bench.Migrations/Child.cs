using System.Diagnostics;
using System.Globalization;
using Forgejo.Persistence;

namespace Forgejo.Bench.Migrations;

/// <summary>A finished process: wall time from start to exit, exit code and output.</summary>
public sealed record ProcessRun(string Description, double WallMs, int ExitCode, string Output, string Error)
{
    public void ThrowUnlessSucceeded(string what, string expectedOutput)
    {
        Checks.That(ExitCode == 0, $"{what} exited with {ExitCode}: {Error.Trim()} {Output.Trim()}");
        Checks.That(Output.Contains(expectedOutput, StringComparison.Ordinal), $"{what} did not print \"{expectedOutput}\": {Output.Trim()}");
    }
}

public static class ChildProcess
{
    public static async Task<ProcessRun> RunAsync(string file, IReadOnlyList<string> args, IDictionary<string, string>? environment,
        CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        var start = Stopwatch.GetTimestamp();
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {file}");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        var wallMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        return new ProcessRun(file, wallMs, process.ExitCode, await output, await error);
    }
}

/// <summary>The forgejo executable of the same configuration as this benchmark, built with it (see the project file).</summary>
public sealed record ForgejoExecutable(string File, IReadOnlyList<string> Prefix, string Description)
{
    public static ForgejoExecutable Find(string? path)
    {
        if (path is not null)
        {
            Checks.That(System.IO.File.Exists(path), $"--forgejo {path}: no such file");
            return new ForgejoExecutable(path, [], $"{path} ({(Report.IsReadyToRun(Path.ChangeExtension(path, ".dll")) ? "ReadyToRun" : "JIT")})");
        }

        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !System.IO.File.Exists(Path.Combine(directory.FullName, "Forgejo.sln")))
        {
            directory = directory.Parent;
        }

        Checks.That(directory is not null, "cannot find the repository root (Forgejo.sln) above the benchmark's directory");
        var relative = Path.Combine("src", "Forgejo.Web", "bin", Report.Configuration(), "net10.0");
        var bin = Path.Combine(directory!.FullName, relative);
        var apphost = Path.Combine(bin, OperatingSystem.IsWindows() ? "forgejo.exe" : "forgejo");
        if (System.IO.File.Exists(apphost))
        {
            return new ForgejoExecutable(apphost, [], Path.Combine(relative, Path.GetFileName(apphost)) + " (apphost)");
        }

        var dll = Path.Combine(bin, "forgejo.dll");
        Checks.That(System.IO.File.Exists(dll), $"{Path.Combine(relative, "forgejo.dll")} is missing; build src/Forgejo.Web");
        return new ForgejoExecutable("dotnet", [dll], "dotnet " + Path.Combine(relative, "forgejo.dll"));
    }
}

/// <summary>
/// The benchmark's executable run as a child process: <c>--child start</c> emits the synthetic migrations and exits;
/// <c>--child migrate</c> emits them and then does what <c>forgejo migrate</c> does (a context from
/// <see cref="ForgejoDbContextFactory.Create"/>, <c>MigrateAsync</c>) on an up-to-date database, printing its in-process
/// time; <c>--child stock</c> does the same with stock EF's services on a database that stock EF migrated.
/// </summary>
public static class Child
{
    private const string ConnectionVariable = "FORGEJO_MIGBENCH_CONNECTION";

    public sealed record Result(double WallMs, double MigrateMs);

    public static async Task<Result> StartAsync(string mode, DatabaseProvider provider, string connectionString, int synthetic,
        CancellationToken cancellationToken)
    {
        var self = Environment.ProcessPath!;
        List<string> args = Path.GetFileNameWithoutExtension(self) == "dotnet" ? [typeof(Child).Assembly.Location] : [];
        args.AddRange(["--child", mode, Benchmarks.Name(provider), synthetic.ToString(CultureInfo.InvariantCulture)]);
        // The connection string (with its password) goes through the environment, not the command line.
        var run = await ChildProcess.RunAsync(self, args, new Dictionary<string, string> { [ConnectionVariable] = connectionString },
            cancellationToken);
        run.ThrowUnlessSucceeded($"child {mode} ({provider})", mode == "start" ? "emitted=" : "applied=0 ");
        var migrateMs = mode != "start"
            ? double.Parse(run.Output.Split("ms=")[1].Trim(), CultureInfo.InvariantCulture)
            : 0;
        return new Result(run.WallMs, migrateMs);
    }

    /// <summary><c>--child start|migrate|stock sqlite|postgres|mysql N</c>.</summary>
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var mode = args[1];
        var provider = args[2] switch
        {
            "sqlite" => DatabaseProvider.Sqlite,
            "postgres" => DatabaseProvider.Postgres,
            _ => DatabaseProvider.MySql,
        };
        var synthetic = SyntheticMigrations.Emit(int.Parse(args[3], CultureInfo.InvariantCulture));
        if (mode == "start")
        {
            Console.Out.WriteLine($"emitted={synthetic.Ids.Count}");
            return 0;
        }

        var connectionString = Environment.GetEnvironmentVariable(ConnectionVariable)
            ?? throw new InvalidOperationException($"{ConnectionVariable} is not set");
        var counter = new AppliedCounter();
        var start = Stopwatch.GetTimestamp();
        var variant = mode == "stock" ? Variant.Stock : Variant.Forgejo;
        await using (var context = Contexts.Create(variant, provider, connectionString, counter, synthetic.Assembly))
        {
            await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.MigrateAsync(context.Database, cancellationToken);
        }

        var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        Console.Out.WriteLine($"applied={counter.Count} ms={ms.ToString("F1", CultureInfo.InvariantCulture)}");
        return 0;
    }
}
