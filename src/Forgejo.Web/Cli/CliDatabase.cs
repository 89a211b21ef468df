using Forgejo.Persistence;
using Forgejo.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Forgejo.Web.Cli;

/// <summary>Opens the configured database for a command-line command, exactly as the server would.</summary>
public static class CliDatabase
{
    public static ForgejoDbContext Open(IConfiguration configuration, Action<DbContextOptionsBuilder>? extra = null)
    {
        var settings = DatabaseRegistration.ReadSettings(configuration);
        return ForgejoDbContextFactory.Create(settings.ParsedProvider, DatabaseRegistration.ConnectionString(settings, configuration),
            settings.ServerVersion, extra);
    }
}
