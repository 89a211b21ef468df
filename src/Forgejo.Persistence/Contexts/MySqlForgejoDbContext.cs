using Forgejo.Domain.AccessTokens;
using Forgejo.Domain.AuthorizedIntegrations;
using Microsoft.EntityFrameworkCore;

namespace Forgejo.Persistence.Contexts;

/// <summary>Owns the MySQL/MariaDB migration set in <c>Migrations/MySql</c>.</summary>
public sealed class MySqlForgejoDbContext(DbContextOptions<MySqlForgejoDbContext> options) : ForgejoDbContext(options)
{
    private const string BinaryCollation = "utf8mb4_bin";

    public override DatabaseProvider Provider => DatabaseProvider.MySql;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        // Lookups by issuer, audience and token hash must be exact; MySQL's default collations ignore case.
        modelBuilder.Entity<AuthorizedIntegration>().Property(i => i.Issuer).UseCollation(BinaryCollation);
        modelBuilder.Entity<AuthorizedIntegration>().Property(i => i.Audience).UseCollation(BinaryCollation);
        modelBuilder.Entity<AccessToken>().Property(t => t.TokenHash).UseCollation(BinaryCollation);
    }
}
