using Forgejo.Web.Cli;

namespace Forgejo.Tests.Infrastructure;

public sealed record CliResult(int ExitCode, string Output, string Error);

/// <summary>Runs the <c>forgejo</c> command line in-process, capturing what it prints.</summary>
public static class CliRunner
{
    /// <summary>Runs against <paramref name="database"/>, passing its provider and connection string as configuration.</summary>
    public static Task<CliResult> RunAsync(TestDatabase database, params string[] args) =>
        RunRawAsync([.. args, $"--Database:Provider={database.Provider.ToString().ToLowerInvariant()}", $"--Database:ConnectionString={database.ConnectionString}"]);

    public static async Task<CliResult> RunRawAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await ForgejoCommandLine.RunAsync(args, output, error);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }
}
