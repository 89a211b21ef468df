namespace Forgejo.Persistence;

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseSettings
{
    public const string SectionName = "Database";

    /// <summary><c>sqlite</c> (default), <c>postgres</c> or <c>mysql</c>.</summary>
    public string Provider { get; set; } = "sqlite";

    /// <summary>ADO.NET connection string; for SQLite the default is a file in the data folder.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Apply pending migrations at start-up, as Forgejo's <c>AUTO_MIGRATION</c> (default true).</summary>
    public bool AutoMigrate { get; set; } = true;

    /// <summary>MySQL/MariaDB server version for SQL generation, e.g. <c>10.11.0-mariadb</c> or <c>8.0.36-mysql</c>.</summary>
    public string? ServerVersion { get; set; }

    public DatabaseProvider ParsedProvider => DatabaseProviderNames.Parse(Provider);
}
