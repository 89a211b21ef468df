using Forgejo.Persistence.Contexts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Forgejo.Persistence;

public static class PersistenceServiceCollectionExtensions
{
    /// <summary>Registers <see cref="ForgejoDbContext"/> (pooled) as the provider's own context type.</summary>
    public static IServiceCollection AddForgejoDbContext(this IServiceCollection services, DatabaseProvider provider,
        string connectionString, string? serverVersion)
    {
        void Configure(DbContextOptionsBuilder options) => ForgejoDbContextFactory.Configure(options, provider, connectionString, serverVersion);

        return provider switch
        {
            DatabaseProvider.Sqlite => services.AddDbContextPool<ForgejoDbContext, SqliteForgejoDbContext>(Configure),
            DatabaseProvider.Postgres => services.AddDbContextPool<ForgejoDbContext, PostgresForgejoDbContext>(Configure),
            DatabaseProvider.MySql => services.AddDbContextPool<ForgejoDbContext, MySqlForgejoDbContext>(Configure),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
        };
    }
}
