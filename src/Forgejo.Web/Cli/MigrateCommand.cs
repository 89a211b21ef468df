using System.CommandLine;
using System.Globalization;
using Forgejo.Persistence.MigrationEngine;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Migrations.Internal;

namespace Forgejo.Web.Cli;

/// <summary><c>forgejo migrate</c> and <c>forgejo migrate status</c>.</summary>
public static class MigrateCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var status = new Command("status", "List every migration as applied, pending or unknown; exit 1 unless all are applied.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        status.SetAction((parse, cancellationToken) => ForgejoCommandLine.Guard(error,
            () => StatusAsync(CliConfiguration.Build(parse.UnmatchedTokens), output, cancellationToken)));

        var migrate = new Command("migrate", "Apply pending database migrations, printing each id as it runs.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        migrate.Subcommands.Add(status);
        migrate.SetAction((parse, cancellationToken) => ForgejoCommandLine.Guard(error,
            () => MigrateAsync(CliConfiguration.Build(parse.UnmatchedTokens), output, cancellationToken)));
        return migrate;
    }

    private static async Task<int> MigrateAsync(IConfiguration configuration, TextWriter output, CancellationToken cancellationToken)
    {
        var applied = 0;
        await using var context = CliDatabase.Open(configuration, options => options.LogTo(
            (eventId, _) => eventId == RelationalEventId.MigrationApplying,
            data =>
            {
                applied++;
                output.WriteLine($"Migration[{((MigrationEventData)data).Migration.GetId()}]");
            }));
        await context.Database.MigrateAsync(cancellationToken);
        output.WriteLine(applied == 0 ? "Database is up to date." : $"Applied {applied} migration(s); database is up to date.");
        return 0;
    }

    private static async Task<int> StatusAsync(IConfiguration configuration, TextWriter output, CancellationToken cancellationToken)
    {
        await using var context = CliDatabase.Open(configuration);
        var status = await MigrationStatusReader.ReadAsync(context, cancellationToken);
        foreach (var entry in status.Entries)
        {
            var created = entry.CreatedUnix is { } unix
                ? DateTimeOffset.FromUnixTimeSeconds(unix).ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture)
                : "-";
            output.WriteLine($"{entry.State.ToString().ToLowerInvariant(),-8} {created,-20} {entry.Id}");
        }

        var pending = status.Pending.Count();
        var unknown = status.Unknown.Count();
        output.WriteLine($"{status.Entries.Count - pending - unknown} applied, {pending} pending, {unknown} unknown");
        return status.IsUpToDate ? 0 : 1;
    }
}
