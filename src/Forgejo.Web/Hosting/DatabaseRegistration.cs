using Forgejo.Persistence;
using Microsoft.Data.Sqlite;

namespace Forgejo.Web.Hosting;

/// <summary>Turns the <c>Database</c> and <c>DataPath</c> settings into a registered <see cref="ForgejoDbContext"/>.</summary>
public static class DatabaseRegistration
{
    public const string DefaultSqliteFileName = "forgejo.db";

    public static DatabaseSettings ReadSettings(IConfiguration configuration) =>
        configuration.GetSection(DatabaseSettings.SectionName).Get<DatabaseSettings>() ?? new DatabaseSettings();

    /// <summary>The configured connection string, or for SQLite a file in the data folder (created if missing).</summary>
    public static string ConnectionString(DatabaseSettings settings, IConfiguration configuration)
    {
        if (!string.IsNullOrWhiteSpace(settings.ConnectionString))
        {
            return settings.ConnectionString;
        }

        if (settings.ParsedProvider != DatabaseProvider.Sqlite)
        {
            throw new DatabaseConfigurationException($"Database:ConnectionString is required for Database:Provider \"{settings.Provider}\".");
        }

        var dataPath = Path.GetFullPath(configuration["DataPath"] is { Length: > 0 } path ? path : "data");
        Directory.CreateDirectory(dataPath);
        return new SqliteConnectionStringBuilder { DataSource = Path.Combine(dataPath, DefaultSqliteFileName) }.ToString();
    }

    public static IServiceCollection AddForgejoDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = ReadSettings(configuration);
        services.AddSingleton(settings);
        return services.AddForgejoDbContext(settings.ParsedProvider, ConnectionString(settings, configuration), settings.ServerVersion);
    }
}
