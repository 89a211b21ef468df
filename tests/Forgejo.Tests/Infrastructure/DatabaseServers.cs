using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Configurations;
using Forgejo.Persistence;
using Testcontainers.MySql;
using Testcontainers.PostgreSql;

namespace Forgejo.Tests.Infrastructure;

/// <summary>
/// Where the PostgreSQL and MySQL/MariaDB servers for the tests come from: the connection strings in
/// <c>FORGEJO_TEST_POSTGRES</c> and <c>FORGEJO_TEST_MYSQL</c> (server-level, with a user allowed to create databases),
/// otherwise Testcontainers when a Docker engine is reachable. With <c>CI=true</c> a missing server fails the run.
/// </summary>
public static class DatabaseServers
{
    public const string PostgresVariable = "FORGEJO_TEST_POSTGRES";
    public const string MySqlVariable = "FORGEJO_TEST_MYSQL";

    private static readonly Lazy<Task<string?>> Postgres = new(() => ResolveAsync(PostgresVariable, StartPostgresContainerAsync));
    private static readonly Lazy<Task<string?>> MySql = new(() => ResolveAsync(MySqlVariable, StartMySqlContainerAsync));

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The providers the suite runs on: all three in CI; locally, those that can be reached.</summary>
    public static IEnumerable<DatabaseProvider> Available()
    {
        yield return DatabaseProvider.Sqlite;
        if (IsCi || Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } || DockerAvailable.Value)
        {
            yield return DatabaseProvider.Postgres;
        }

        if (IsCi || Environment.GetEnvironmentVariable(MySqlVariable) is { Length: > 0 } || DockerAvailable.Value)
        {
            yield return DatabaseProvider.MySql;
        }
    }

    /// <summary>A server-level connection string for the provider.</summary>
    public static async Task<string> ServerConnectionStringAsync(DatabaseProvider provider)
    {
        var (lazy, variable) = provider switch
        {
            DatabaseProvider.Postgres => (Postgres, PostgresVariable),
            DatabaseProvider.MySql => (MySql, MySqlVariable),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "SQLite needs no server."),
        };
        return await lazy.Value ?? throw new InvalidOperationException(
            $"No {provider} server for the tests: set {variable} or make a Docker engine reachable (.ci/run does the first).");
    }

    private static readonly Lazy<bool> DockerAvailable = new(() =>
    {
        try
        {
            return TestcontainersSettings.OS.DockerEndpointAuthConfig is not null;
        }
        catch (Exception)
        {
            return false;
        }
    });

    private static async Task<string?> ResolveAsync(string variable, Func<Task<string>> startContainer)
    {
        if (Environment.GetEnvironmentVariable(variable) is { Length: > 0 } configured)
        {
            return configured;
        }

        if (!DockerAvailable.Value)
        {
            return null;
        }

        try
        {
            return await startContainer();
        }
        catch (DockerUnavailableException)
        {
            return null;
        }
    }

    private static async Task<string> StartPostgresContainerAsync()
    {
        var container = new PostgreSqlBuilder("postgres:16-alpine").Build();
        await container.StartAsync();
        return container.GetConnectionString();
    }

    private static async Task<string> StartMySqlContainerAsync()
    {
        var container = new MySqlBuilder("mariadb:10.11").WithUsername("root").WithPassword("forgejo").Build();
        await container.StartAsync();
        return container.GetConnectionString();
    }
}
