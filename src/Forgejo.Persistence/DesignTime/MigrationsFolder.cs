namespace Forgejo.Persistence.DesignTime;

/// <summary>Where each provider's migration set lives, relative to the Persistence project.</summary>
public static class MigrationsFolder
{
    public static string For(DatabaseProvider provider) => Path.Combine("Migrations", provider switch
    {
        DatabaseProvider.Sqlite => "Sqlite",
        DatabaseProvider.Postgres => "Postgres",
        DatabaseProvider.MySql => "MySql",
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
    });
}
