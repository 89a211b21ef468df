using System.Data.Common;
using Forgejo.Persistence;
using Microsoft.Data.Sqlite;
using MySqlConnector;
using Npgsql;

namespace Forgejo.Bench.Migrations;

/// <summary>
/// A new, empty, uniquely named database (a temporary file for SQLite), dropped on dispose. Every database still alive
/// is also dropped by <see cref="DropAllAsync"/>, which the program runs on exit, failure and Ctrl+C included.
/// </summary>
public sealed class BenchDatabase : IAsyncDisposable
{
    private static readonly List<BenchDatabase> Alive = [];
    private static readonly string RunTag = Guid.NewGuid().ToString("N")[..8];
    private static int _counter;

    private readonly string? _server;
    private bool _dropped;

    private BenchDatabase(DatabaseProvider provider, string name, string connectionString, string? server)
    {
        Provider = provider;
        Name = name;
        ConnectionString = connectionString;
        _server = server;
    }

    public DatabaseProvider Provider { get; }
    public string Name { get; }
    public string ConnectionString { get; }

    /// <summary>SQLite files go here; created on first use, removed by <see cref="DropAllAsync"/>.</summary>
    public static string ScratchDirectory { get; } = Path.Combine(Path.GetTempPath(), $"forgejo-migbench-{RunTag}");

    /// <summary>The server-level connection string of <paramref name="provider"/> from the environment, or null.</summary>
    public static string? Server(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Postgres => Environment.GetEnvironmentVariable("FORGEJO_TEST_POSTGRES") is { Length: > 0 } pg ? pg : null,
        DatabaseProvider.MySql => Environment.GetEnvironmentVariable("FORGEJO_TEST_MYSQL") is { Length: > 0 } my ? my : null,
        _ => null,
    };

    public static async Task<BenchDatabase> CreateAsync(DatabaseProvider provider, CancellationToken cancellationToken)
    {
        var name = $"forgejo_migbench_{RunTag}_{Interlocked.Increment(ref _counter)}";
        BenchDatabase database;
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
            {
                Directory.CreateDirectory(ScratchDirectory);
                var file = Path.Combine(ScratchDirectory, name + ".db");
                // A zero-length file is an empty SQLite database; EF then finds it existing, as with a server database.
                await File.WriteAllBytesAsync(file, [], cancellationToken);
                database = new BenchDatabase(provider, name, new SqliteConnectionStringBuilder { DataSource = file }.ToString(), null);
                break;
            }
            case DatabaseProvider.Postgres:
            {
                var server = Server(provider)!;
                await ExecuteAsync(new NpgsqlConnection(server), $"CREATE DATABASE \"{name}\"", cancellationToken);
                database = new BenchDatabase(provider, name, new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString(), server);
                break;
            }
            case DatabaseProvider.MySql:
            {
                var server = Server(provider)!;
                await ExecuteAsync(new MySqlConnection(server),
                    $"CREATE DATABASE `{name}` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci", cancellationToken);
                database = new BenchDatabase(provider, name, new MySqlConnectionStringBuilder(server) { Database = name }.ToString(), server);
                break;
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, null);
        }

        lock (Alive)
        {
            Alive.Add(database);
        }

        return database;
    }

    /// <summary>Names of the tables in the database (the default schema on PostgreSQL).</summary>
    public async Task<HashSet<string>> TablesAsync(CancellationToken cancellationToken) =>
        (await QueryStringsAsync(Provider switch
        {
            DatabaseProvider.Sqlite => "SELECT name FROM sqlite_master WHERE type = 'table'",
            DatabaseProvider.Postgres => "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()",
            _ => "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()",
        }, cancellationToken)).ToHashSet(StringComparer.Ordinal);

    /// <summary>The first column of every row, as strings.</summary>
    public async Task<List<string>> QueryStringsAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = Connection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var values = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            values.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }

        return values;
    }

    /// <summary>Quotes an identifier for this provider.</summary>
    public string Quote(string identifier) => Provider == DatabaseProvider.MySql ? $"`{identifier}`" : $"\"{identifier}\"";

    public async ValueTask DisposeAsync()
    {
        if (_dropped)
        {
            return;
        }

        _dropped = true;
        lock (Alive)
        {
            Alive.Remove(this);
        }

        switch (Provider)
        {
            case DatabaseProvider.Sqlite:
                using (var connection = new SqliteConnection(ConnectionString))
                {
                    SqliteConnection.ClearPool(connection);
                }

                var file = new SqliteConnectionStringBuilder(ConnectionString).DataSource;
                foreach (var path in new[] { file, file + "-journal", file + "-wal", file + "-shm" })
                {
                    File.Delete(path);
                }

                break;
            case DatabaseProvider.Postgres:
                using (var connection = new NpgsqlConnection(ConnectionString))
                {
                    NpgsqlConnection.ClearPool(connection);
                }

                await ExecuteAsync(new NpgsqlConnection(_server), $"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", CancellationToken.None);
                break;
            case DatabaseProvider.MySql:
                using (var connection = new MySqlConnection(ConnectionString))
                {
                    MySqlConnection.ClearPool(connection);
                }

                await ExecuteAsync(new MySqlConnection(_server), $"DROP DATABASE IF EXISTS `{Name}`", CancellationToken.None);
                break;
        }
    }

    /// <summary>Drops every database not dropped yet and removes the SQLite scratch folder; reports, never throws.</summary>
    public static async Task DropAllAsync(TextWriter log)
    {
        List<BenchDatabase> alive;
        lock (Alive)
        {
            alive = [.. Alive];
        }

        foreach (var database in alive)
        {
            try
            {
                await database.DisposeAsync();
            }
            catch (Exception ex)
            {
                await log.WriteLineAsync($"migbench: could not drop {database.Provider} database {database.Name}: {ex.Message}");
            }
        }

        try
        {
            if (Directory.Exists(ScratchDirectory))
            {
                SqliteConnection.ClearAllPools();
                Directory.Delete(ScratchDirectory, recursive: true);
            }
        }
        catch (IOException ex)
        {
            await log.WriteLineAsync($"migbench: could not remove {ScratchDirectory}: {ex.Message}");
        }
    }

    /// <summary>The server's version string, for the report.</summary>
    public static async Task<string> ServerVersionAsync(DatabaseProvider provider, CancellationToken cancellationToken)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            await using var sqlite = new SqliteConnection("Data Source=:memory:");
            await sqlite.OpenAsync(cancellationToken);
            return "SQLite " + sqlite.ServerVersion;
        }

        await using var connection = Connection(Server(provider)!, provider);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT version()";
        return Convert.ToString(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture)!;
    }

    private DbConnection Connection(string connectionString) => Connection(connectionString, Provider);

    private static DbConnection Connection(string connectionString, DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => new SqliteConnection(connectionString),
        DatabaseProvider.Postgres => new NpgsqlConnection(connectionString),
        _ => new MySqlConnection(connectionString),
    };

    private static async Task ExecuteAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using (connection)
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
