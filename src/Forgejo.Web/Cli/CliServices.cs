using Forgejo.Web.Auth.IntegrationJwt;

namespace Forgejo.Web.Cli;

/// <summary>The server's services that command-line commands need, built from the same configuration.</summary>
public static class CliServices
{
    public static ServiceProvider Build(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddIssuerServices(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }
}
