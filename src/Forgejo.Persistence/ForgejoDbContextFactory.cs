using Forgejo.Persistence.Contexts;
using Forgejo.Persistence.MigrationEngine;
using Microsoft.EntityFrameworkCore;

namespace Forgejo.Persistence;

/// <summary>Builds context options from <see cref="DatabaseSettings"/>; used by the server, the CLI, <c>dotnet ef</c> and the tests.</summary>
public static class ForgejoDbContextFactory
{
    /// <summary>Used when <c>Database:ServerVersion</c> is not set, so no connection is needed to build the model.</summary>
    public static readonly ServerVersion DefaultMySqlServerVersion = new MariaDbServerVersion(new Version(10, 11, 0));

    public static Type ContextType(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => typeof(SqliteForgejoDbContext),
        DatabaseProvider.Postgres => typeof(PostgresForgejoDbContext),
        DatabaseProvider.MySql => typeof(MySqlForgejoDbContext),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
    };

    public static void Configure(DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString, string? serverVersion = null)
    {
        CheckConnectionString(provider, connectionString);
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                options.UseSqlite(connectionString, sqlite => sqlite.MigrationsHistoryTable(ForgejoHistoryTable.Name));
                break;
            case DatabaseProvider.Postgres:
                options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable(ForgejoHistoryTable.Name));
                break;
            case DatabaseProvider.MySql:
                options.UseMySql(connectionString, ParseServerVersion(serverVersion),
                    mysql => mysql.MigrationsHistoryTable(ForgejoHistoryTable.Name));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, null);
        }

        options.UseForgejoMigrations(provider);
    }

    public static ForgejoDbContext Create(DatabaseProvider provider, string connectionString, string? serverVersion = null,
        Action<DbContextOptionsBuilder>? extra = null)
    {
        var contextType = ContextType(provider);
        var builder = (DbContextOptionsBuilder)Activator.CreateInstance(typeof(DbContextOptionsBuilder<>).MakeGenericType(contextType))!;
        Configure(builder, provider, connectionString, serverVersion);
        extra?.Invoke(builder);
        return (ForgejoDbContext)Activator.CreateInstance(contextType, builder.Options)!;
    }

    /// <summary>Reads the connection string with the provider's own parser, so a typo is reported as such, not later as a crash.</summary>
    private static void CheckConnectionString(DatabaseProvider provider, string connectionString)
    {
        try
        {
            _ = provider switch
            {
                DatabaseProvider.Sqlite => new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).ToString(),
                DatabaseProvider.Postgres => new Npgsql.NpgsqlConnectionStringBuilder(connectionString).ToString(),
                _ => new MySqlConnector.MySqlConnectionStringBuilder(connectionString).ToString(),
            };
        }
        catch (Exception ex) when (ex is ArgumentException or KeyNotFoundException or FormatException or InvalidOperationException)
        {
            throw new DatabaseConfigurationException(
                $"Database:ConnectionString is not a valid {provider.ToString().ToLowerInvariant()} connection string: {ex.Message}", ex);
        }
    }

    private static ServerVersion ParseServerVersion(string? serverVersion)
    {
        if (string.IsNullOrWhiteSpace(serverVersion))
        {
            return DefaultMySqlServerVersion;
        }

        return ServerVersion.TryParse(serverVersion, out var parsed)
            ? parsed
            : throw new DatabaseConfigurationException(
                $"Database:ServerVersion \"{serverVersion}\" is not a MySQL or MariaDB version such as 8.0.36-mysql or 10.11.0-mariadb.");
    }
}
