using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;

namespace Forgejo.Persistence.MigrationEngine;

/// <summary>
/// The one place where EF's migration services are replaced. The context options come through here both at run time and
/// under <c>dotnet ef</c>, which takes these services from the context's own service provider.
/// </summary>
public static class MigrationServiceReplacement
{
    public static DbContextOptionsBuilder UseForgejoMigrations(this DbContextOptionsBuilder options, DatabaseProvider provider)
    {
        options.ReplaceService<IMigrationsIdGenerator, ForgejoMigrationsIdGenerator>();
        options.ReplaceService<IMigrationsAssembly, ForgejoMigrationsAssembly>();
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                options.ReplaceService<IHistoryRepository, ForgejoSqliteHistoryRepository>();
                options.ReplaceService<IMigrator, ForgejoSqliteMigrator>();
                break;
            case DatabaseProvider.Postgres:
                options.ReplaceService<IHistoryRepository, ForgejoNpgsqlHistoryRepository>();
                options.ReplaceService<IMigrator, ForgejoNpgsqlMigrator>();
                options.ReplaceService<IRelationalDatabaseCreator, ForgejoNpgsqlDatabaseCreator>();
                break;
            case DatabaseProvider.MySql:
                options.ReplaceService<IHistoryRepository, ForgejoMySqlHistoryRepository>();
                options.ReplaceService<IMigrator, ForgejoMySqlMigrator>();
                options.ReplaceService<IRelationalDatabaseCreator, ForgejoMySqlDatabaseCreator>();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, null);
        }

        return options;
    }
}
