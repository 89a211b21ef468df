using Microsoft.EntityFrameworkCore;

namespace Forgejo.Tests.Migrations.Scenarios;

// Each context owns one migration set (EF binds migrations to a context type); several contexts on one database
// play successive releases of the same product.

/// <summary>Ids whose ordinal and culture orders differ.</summary>
public sealed class OrderingScenario(DbContextOptions<OrderingScenario> options) : DbContext(options);

/// <summary>A release with v14a and v16a.</summary>
public sealed class ReleaseOne(DbContextOptions<ReleaseOne> options) : DbContext(options);

/// <summary>The next release: v15a was back-ported below the already applied v16a.</summary>
public sealed class ReleaseTwo(DbContextOptions<ReleaseTwo> options) : DbContext(options);

/// <summary>Like <see cref="ReleaseTwo"/>, but its v15a fails.</summary>
public sealed class ReleaseTwoBroken(DbContextOptions<ReleaseTwoBroken> options) : DbContext(options);

/// <summary>Eight migrations, for concurrent migrators.</summary>
public sealed class ManyMigrations(DbContextOptions<ManyMigrations> options) : DbContext(options);

/// <summary>A migration whose id breaks the naming rule.</summary>
public sealed class MalformedIdScenario(DbContextOptions<MalformedIdScenario> options) : DbContext(options);

/// <summary>Two migrations with one id.</summary>
public sealed class DuplicateIdScenario(DbContextOptions<DuplicateIdScenario> options) : DbContext(options);
