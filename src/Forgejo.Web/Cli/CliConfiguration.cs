namespace Forgejo.Web.Cli;

/// <summary>The server's configuration sources, for commands that do not start the server.</summary>
public static class CliConfiguration
{
    public static IConfiguration Build(IReadOnlyList<string> commandLineArgs)
    {
        var environment = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT")
            ?? Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT")
            ?? "Production";
        return new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddJsonFile($"appsettings.{environment}.json", optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(ConfigurationArguments.Check(commandLineArgs).ToArray())
            .Build();
    }
}
