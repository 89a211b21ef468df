using Forgejo.Domain.AccessTokens;
using Forgejo.Domain.AuthorizedIntegrations;
using Forgejo.Domain.Repositories;
using Forgejo.Domain.Users;
using Forgejo.Persistence.Configurations;
using Microsoft.EntityFrameworkCore;

namespace Forgejo.Persistence;

/// <summary>
/// The model shared by every provider. Each provider has its own subclass in <c>Contexts/</c> because EF Core
/// keeps one migration set per context type, and scaffolded migrations carry provider-specific store types.
/// </summary>
public abstract class ForgejoDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<User> Users => Set<User>();
    public DbSet<AccessToken> AccessTokens => Set<AccessToken>();
    public DbSet<Repository> Repositories => Set<Repository>();
    public DbSet<AuthorizedIntegration> AuthorizedIntegrations => Set<AuthorizedIntegration>();
    public DbSet<AuthorizedIntegrationResourceRepo> AuthorizedIntegrationResourceRepos => Set<AuthorizedIntegrationResourceRepo>();

    public abstract DatabaseProvider Provider { get; }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new UserConfiguration());
        modelBuilder.ApplyConfiguration(new AccessTokenConfiguration());
        modelBuilder.ApplyConfiguration(new RepositoryConfiguration());
        modelBuilder.ApplyConfiguration(new AuthorizedIntegrationConfiguration());
        modelBuilder.ApplyConfiguration(new AuthorizedIntegrationResourceRepoConfiguration());
        XormNamingConvention.Apply(modelBuilder);
    }
}
