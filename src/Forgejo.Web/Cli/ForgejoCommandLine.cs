using System.CommandLine;
using System.Data.Common;
using Forgejo.Persistence;
using Forgejo.Web.Hosting;

namespace Forgejo.Web.Cli;

/// <summary>
/// The <c>forgejo</c> executable, with Forgejo's command names. No command (or <c>web</c>) serves HTTP.
/// Tokens a command does not define (<c>--urls</c>, <c>--Database:Provider=postgres</c>) are configuration, as in ASP.NET Core.
/// </summary>
public static class ForgejoCommandLine
{
    public static Task<int> RunAsync(string[] args) => RunAsync(args, Console.Out, Console.Error);

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var web = new Command("web", "Start the web server (the default).") { TreatUnmatchedTokensAsErrors = false };
        web.SetAction((parse, cancellationToken) => Guard(error, () => Serve(parse.UnmatchedTokens, cancellationToken)));

        var root = new RootCommand("Forgejo authorized integrations server.") { TreatUnmatchedTokensAsErrors = false };
        root.SetAction((parse, cancellationToken) => Guard(error, () => Serve(parse.UnmatchedTokens, cancellationToken)));
        root.Subcommands.Add(web);
        root.Subcommands.Add(MigrateCommand.Create(output, error));
        root.Subcommands.Add(AdminUserCommand.Create(output, error));

        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return await root.Parse(args).InvokeAsync(configuration);
    }

    private static async Task<int> Serve(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        await ForgejoServer.RunAsync(ConfigurationArguments.Check(args).ToArray(), cancellationToken);
        return 0;
    }

    /// <summary>Operator mistakes and unreachable databases become one line and exit code 1, never a stack trace.</summary>
    public static async Task<int> Guard(TextWriter error, Func<Task<int>> command)
    {
        try
        {
            return await command();
        }
        catch (Exception ex) when (IsOperational(ex))
        {
            await error.WriteLineAsync($"forgejo: {OneLine(ex)}");
            return 1;
        }
    }

    private static bool IsOperational(Exception ex) => ex is DatabaseConfigurationException
        or Microsoft.Extensions.Options.OptionsValidationException
        or ArgumentException
        or KeyNotFoundException
        or FormatException
        or InvalidOperationException
        or DbException
        or TimeoutException
        or IOException
        or UnauthorizedAccessException
        || ex.InnerException is DbException;

    private static string OneLine(Exception ex)
    {
        // EF wraps connection failures in advice for developers ("Consider enabling transient error resiliency…");
        // the database's own message is what an operator can act on.
        var message = ex.InnerException is DbException inner && ex is not DbException ? inner.Message : ex.Message;
        return string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
