using Microsoft.EntityFrameworkCore;

namespace Forgejo.Persistence.Contexts;

/// <summary>Owns the SQLite migration set in <c>Migrations/Sqlite</c>.</summary>
public sealed class SqliteForgejoDbContext(DbContextOptions<SqliteForgejoDbContext> options) : ForgejoDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}
