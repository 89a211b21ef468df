using System.Reflection;
using Forgejo.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Forgejo.Bench.Migrations;

public enum Variant
{
    /// <summary><c>forgejo migrate</c>: a context from <see cref="ForgejoDbContextFactory.Create"/> (our migration services).</summary>
    Forgejo,

    /// <summary>Stock EF Core: the same context type and migration classes, options with only <c>UseSqlite/UseNpgsql/UseMySql</c>.</summary>
    Stock,

    /// <summary>
    /// <see cref="Stock"/> with <see cref="RelationalEventId.PendingModelChangesWarning"/> ignored, which makes EF 9 skip its
    /// pending-model-changes check (a model diff on every <c>Migrate()</c> without a target). <c>forgejo migrate</c> never
    /// runs that check, because each of its steps is a <c>Migrate(id)</c> with a target; this variant shows what that is worth.
    /// </summary>
    StockWithoutModelCheck,
}

/// <summary>Counts <see cref="RelationalEventId.MigrationApplying"/>, as <c>forgejo migrate</c> does to print each id.</summary>
public sealed class AppliedCounter
{
    public int Count { get; private set; }

    public void Attach(DbContextOptionsBuilder options) =>
        options.LogTo((eventId, _) => eventId == RelationalEventId.MigrationApplying, _ => Count++);
}

public static class Contexts
{
    /// <summary>
    /// A fresh context of the provider's context type. Both variants get the CLI's one logger (counting
    /// <c>MigrationApplying</c>) so that the migration services are the only difference.
    /// <paramref name="migrations"/>, when given, replaces the context's assembly as the migrations assembly
    /// (<c>MigrationsAssembly(Assembly)</c>, new in EF 9). The migrations assembly is not part of EF's service provider
    /// key, so these contexts share the internal service provider and model of the context type's other contexts.
    /// </summary>
    public static DbContext Create(Variant variant, DatabaseProvider provider, string connectionString, AppliedCounter counter,
        Assembly? migrations = null)
    {
        void Extra(DbContextOptionsBuilder options)
        {
            counter.Attach(options);
            if (migrations is not null)
            {
                PointAt(options, provider, migrations);
            }
        }

        if (variant == Variant.Forgejo)
        {
            return ForgejoDbContextFactory.Create(provider, connectionString, serverVersion: null, Extra);
        }

        var contextType = ForgejoDbContextFactory.ContextType(provider);
        var builder = (DbContextOptionsBuilder)Activator.CreateInstance(typeof(DbContextOptionsBuilder<>).MakeGenericType(contextType))!;
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                builder.UseSqlite(connectionString);
                break;
            case DatabaseProvider.Postgres:
                builder.UseNpgsql(connectionString);
                break;
            case DatabaseProvider.MySql:
                // The version ForgejoDbContextFactory uses when Database:ServerVersion is not set, as in the other variant.
                builder.UseMySql(connectionString, ForgejoDbContextFactory.DefaultMySqlServerVersion);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, null);
        }

        Extra(builder);
        if (variant == Variant.StockWithoutModelCheck)
        {
            builder.ConfigureWarnings(warnings => warnings.Ignore(RelationalEventId.PendingModelChangesWarning));
        }

        return (DbContext)Activator.CreateInstance(contextType, builder.Options)!;
    }

    private static void PointAt(DbContextOptionsBuilder options, DatabaseProvider provider, Assembly migrations)
    {
        // Called after the provider is configured: each Use* without a connection string updates the existing extension.
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                options.UseSqlite(sqlite => sqlite.MigrationsAssembly(migrations));
                break;
            case DatabaseProvider.Postgres:
                options.UseNpgsql(npgsql => npgsql.MigrationsAssembly(migrations));
                break;
            case DatabaseProvider.MySql:
                options.UseMySql(ForgejoDbContextFactory.DefaultMySqlServerVersion, mysql => mysql.MigrationsAssembly(migrations));
                break;
        }
    }
}
