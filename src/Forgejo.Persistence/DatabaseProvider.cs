namespace Forgejo.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
    MySql,
}

public static class DatabaseProviderNames
{
    /// <summary>The names accepted in <c>Database:Provider</c>, as Forgejo's <c>[database] DB_TYPE</c> spells them.</summary>
    public static readonly IReadOnlyDictionary<string, DatabaseProvider> ByName =
        new Dictionary<string, DatabaseProvider>(StringComparer.OrdinalIgnoreCase)
        {
            ["sqlite"] = DatabaseProvider.Sqlite,
            ["sqlite3"] = DatabaseProvider.Sqlite,
            ["postgres"] = DatabaseProvider.Postgres,
            ["postgresql"] = DatabaseProvider.Postgres,
            ["mysql"] = DatabaseProvider.MySql,
            ["mariadb"] = DatabaseProvider.MySql,
        };

    public static DatabaseProvider Parse(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return DatabaseProvider.Sqlite;
        }

        return ByName.TryGetValue(name.Trim(), out var provider)
            ? provider
            : throw new DatabaseConfigurationException(
                $"Database:Provider \"{name}\" is not supported; use sqlite, postgres or mysql.");
    }
}
