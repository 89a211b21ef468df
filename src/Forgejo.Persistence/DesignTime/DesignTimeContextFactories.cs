using Forgejo.Persistence.Contexts;
using Microsoft.EntityFrameworkCore.Design;

namespace Forgejo.Persistence.DesignTime;

/// <summary>
/// Lets <c>dotnet ef</c> build each provider's context without the server. Commands that touch a database
/// (<c>database update</c>, <c>migrations list</c>) use the <c>Database__ConnectionString</c> environment variable.
/// </summary>
internal static class DesignTimeConnection
{
    public static string For(DatabaseProvider provider) =>
        Environment.GetEnvironmentVariable("Database__ConnectionString") is { Length: > 0 } configured
            ? configured
            : provider switch
            {
                DatabaseProvider.Sqlite => "Data Source=forgejo-design.db",
                DatabaseProvider.Postgres => "Host=127.0.0.1;Database=forgejo;Username=forgejo",
                _ => "Server=127.0.0.1;Database=forgejo;User=forgejo",
            };

    public static string? ServerVersion => Environment.GetEnvironmentVariable("Database__ServerVersion");
}

public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteForgejoDbContext>
{
    public SqliteForgejoDbContext CreateDbContext(string[] args) =>
        (SqliteForgejoDbContext)ForgejoDbContextFactory.Create(DatabaseProvider.Sqlite, DesignTimeConnection.For(DatabaseProvider.Sqlite));
}

public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresForgejoDbContext>
{
    public PostgresForgejoDbContext CreateDbContext(string[] args) =>
        (PostgresForgejoDbContext)ForgejoDbContextFactory.Create(DatabaseProvider.Postgres, DesignTimeConnection.For(DatabaseProvider.Postgres));
}

public sealed class MySqlDesignTimeFactory : IDesignTimeDbContextFactory<MySqlForgejoDbContext>
{
    public MySqlForgejoDbContext CreateDbContext(string[] args) =>
        (MySqlForgejoDbContext)ForgejoDbContextFactory.Create(DatabaseProvider.MySql, DesignTimeConnection.For(DatabaseProvider.MySql),
            DesignTimeConnection.ServerVersion);
}
