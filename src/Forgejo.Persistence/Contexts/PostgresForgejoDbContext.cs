using Microsoft.EntityFrameworkCore;

namespace Forgejo.Persistence.Contexts;

/// <summary>Owns the PostgreSQL migration set in <c>Migrations/Postgres</c>.</summary>
public sealed class PostgresForgejoDbContext(DbContextOptions<PostgresForgejoDbContext> options) : ForgejoDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
