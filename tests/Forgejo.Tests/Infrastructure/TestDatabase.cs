using System.Data.Common;
using Forgejo.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MySqlConnector;
using Npgsql;

namespace Forgejo.Tests.Infrastructure;

/// <summary>A new, empty database on one provider's real server, dropped when the test ends.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _serverConnectionString;
    private readonly string? _directory;

    private TestDatabase(DatabaseProvider provider, string name, string connectionString, string? serverConnectionString, string? directory)
    {
        Provider = provider;
        Name = name;
        ConnectionString = connectionString;
        _serverConnectionString = serverConnectionString;
        _directory = directory;
    }

    public DatabaseProvider Provider { get; }
    public string Name { get; }
    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        var name = $"forgejo_test_{Guid.NewGuid():N}"[..28];
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
            {
                var directory = Directory.CreateTempSubdirectory("forgejo-test-").FullName;
                var connectionString = new SqliteConnectionStringBuilder
                {
                    DataSource = Path.Combine(directory, name + ".db"),
                    Pooling = false,
                }.ToString();
                return new TestDatabase(provider, name, connectionString, null, directory);
            }
            case DatabaseProvider.Postgres:
            {
                var server = await DatabaseServers.ServerConnectionStringAsync(provider);
                await ExecuteAsync(new NpgsqlConnection(server), $"CREATE DATABASE \"{name}\"");
                var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();
                return new TestDatabase(provider, name, connectionString, server, null);
            }
            case DatabaseProvider.MySql:
            {
                var server = await DatabaseServers.ServerConnectionStringAsync(provider);
                await ExecuteAsync(new MySqlConnection(server), $"CREATE DATABASE `{name}` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
                var connectionString = new MySqlConnectionStringBuilder(server) { Database = name }.ToString();
                return new TestDatabase(provider, name, connectionString, server, null);
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, null);
        }
    }

    /// <summary>The product's context for this database.</summary>
    public ForgejoDbContext CreateContext() => ForgejoDbContextFactory.Create(Provider, ConnectionString);

    /// <summary>A context of another type (a test migration scenario) with the same Forgejo migration services.</summary>
    public TContext CreateContext<TContext>() where TContext : DbContext
    {
        var builder = new DbContextOptionsBuilder<TContext>();
        ForgejoDbContextFactory.Configure(builder, Provider, ConnectionString);
        return (TContext)Activator.CreateInstance(typeof(TContext), builder.Options)!;
    }

    public DbConnection OpenConnection()
    {
        DbConnection connection = Provider switch
        {
            DatabaseProvider.Sqlite => new SqliteConnection(ConnectionString),
            DatabaseProvider.Postgres => new NpgsqlConnection(ConnectionString),
            _ => new MySqlConnection(ConnectionString),
        };
        connection.Open();
        return connection;
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = OpenConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public async Task<List<object?[]>> QueryAsync(string sql)
    {
        await using var connection = OpenConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    public async Task<List<string>> QueryStringsAsync(string sql) =>
        (await QueryAsync(sql)).Select(row => Convert.ToString(row[0], System.Globalization.CultureInfo.InvariantCulture)!).ToList();

    public async ValueTask DisposeAsync()
    {
        switch (Provider)
        {
            case DatabaseProvider.Sqlite:
                SqliteConnection.ClearAllPools();
                Directory.Delete(_directory!, recursive: true);
                break;
            case DatabaseProvider.Postgres:
                NpgsqlConnection.ClearAllPools();
                await ExecuteAsync(new NpgsqlConnection(_serverConnectionString), $"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
                break;
            case DatabaseProvider.MySql:
                MySqlConnection.ClearAllPools();
                await ExecuteAsync(new MySqlConnection(_serverConnectionString), $"DROP DATABASE IF EXISTS `{Name}`");
                break;
        }
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql)
    {
        await using (connection)
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync();
        }
    }
}
