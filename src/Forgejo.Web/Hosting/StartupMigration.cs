using Forgejo.Persistence;
using Forgejo.Persistence.MigrationEngine;
using Microsoft.EntityFrameworkCore;

namespace Forgejo.Web.Hosting;

/// <summary>Forgejo's AUTO_MIGRATION: migrate before serving, or refuse to serve a database that is not up to date.</summary>
public static class StartupMigration
{
    public static async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var settings = scope.ServiceProvider.GetRequiredService<DatabaseSettings>();
        var context = scope.ServiceProvider.GetRequiredService<ForgejoDbContext>();
        if (settings.AutoMigrate)
        {
            await context.Database.MigrateAsync(cancellationToken);
            await UseWriteAheadLogAsync(context, cancellationToken);
            return;
        }

        var status = await MigrationStatusReader.ReadAsync(context, cancellationToken);
        if (status.Unknown.Any())
        {
            throw new UnknownMigrationsException(status.Unknown.ToList(), ForgejoHistoryTable.Name);
        }

        if (!status.IsUpToDate)
        {
            throw new DatabaseConfigurationException(
                $"The database is missing migration(s) {string.Join(", ", status.Pending)} and Database:AutoMigrate is false; run \"forgejo migrate\" first.");
        }

        await UseWriteAheadLogAsync(context, cancellationToken);
    }

    /// <summary>
    /// A server reads while it records last use: in SQLite's default rollback journal a write locks readers out
    /// ("database is locked" under load); with the write-ahead log readers and the writer proceed together.
    /// The mode is stored in the database file, so this holds for every later connection.
    /// </summary>
    private static async Task UseWriteAheadLogAsync(ForgejoDbContext context, CancellationToken cancellationToken)
    {
        if (context.Provider == DatabaseProvider.Sqlite)
        {
            await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }
}
