using Forgejo.Persistence;
using Forgejo.Persistence.MigrationEngine;
using Forgejo.Tests.Infrastructure;
using Forgejo.Tests.Migrations.Scenarios;
using Microsoft.EntityFrameworkCore;

namespace Forgejo.Tests.Migrations;

public sealed class MigrationIdTests
{
    [Theory]
    [InlineData("v99b_neat_migration")]
    [InlineData("v14a_add-forgejo-migrations-table")]
    [InlineData("v100z_a")]
    public void Forgejo_style_ids_are_valid_and_are_their_own_name(string id)
    {
        var generator = new ForgejoMigrationsIdGenerator();
        Assert.True(generator.IsValidId(id));
        Assert.Equal(id, generator.GenerateId(id));
        Assert.Equal(id, generator.GetName(id));
    }

    // Forgejo's TestRegisterMigration rejects these file names; so do we, and we also refuse ids unsafe in SQL or paths.
    [Theory]
    [InlineData("vb_neat_migration")]
    [InlineData("v12_neat_migration")]
    [InlineData("v12a-neat-migration")]
    [InlineData("v12a")]
    [InlineData("v12a_")]
    [InlineData("V12a_upper_v")]
    [InlineData("v12A_upper_letter")]
    [InlineData("20260101000000_Timestamped")]
    [InlineData("v12a_quote'")]
    [InlineData("v12a_slash/x")]
    [InlineData("v12a_space x")]
    public void Other_names_are_rejected_with_the_naming_rule(string name)
    {
        var generator = new ForgejoMigrationsIdGenerator();
        Assert.False(generator.IsValidId(name));
        var error = Assert.Throws<InvalidMigrationIdException>(() => generator.GenerateId(name));
        Assert.Contains($"\"{name}\" is not a Forgejo migration id", error.Message);
        Assert.Contains("v16b_add_something", error.Message);
    }

    [Fact]
    public void Ids_longer_than_the_history_column_are_rejected()
    {
        Assert.True(MigrationId.IsValid("v1a_" + new string('x', 251)));
        Assert.False(MigrationId.IsValid("v1a_" + new string('x', 252)));
    }

    [Fact]
    public async Task A_malformed_migration_id_in_the_assembly_is_named_before_anything_runs()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var context = database.CreateContext<MalformedIdScenario>();
        var error = Assert.Throws<InvalidMigrationIdException>(() => context.Database.GetMigrations());
        Assert.Contains("\"v12_neat_migration\"", error.Message);
        await Assert.ThrowsAsync<InvalidMigrationIdException>(() => context.Database.MigrateAsync());
    }

    [Fact]
    public async Task Duplicate_migration_ids_are_named()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var context = database.CreateContext<DuplicateIdScenario>();
        var error = Assert.Throws<InvalidMigrationIdException>(() => context.Database.GetMigrations());
        Assert.Contains("migration id is duplicated: \"v14a_same\"", error.Message);
        Assert.Contains(nameof(DuplicateIdScenario_v14a_same_again), error.Message);
    }

    [Fact]
    public async Task Every_provider_has_the_same_migration_ids_in_the_same_order()
    {
        var idsByProvider = new List<IReadOnlyList<string>>();
        foreach (var provider in Enum.GetValues<DatabaseProvider>())
        {
            // Listing migrations needs no server; the connection string is never opened.
            await using var context = ForgejoDbContextFactory.Create(provider, provider == DatabaseProvider.Sqlite
                ? "Data Source=:memory:"
                : "Server=127.0.0.1;Host=127.0.0.1;Database=unused");
            idsByProvider.Add(context.Database.GetMigrations().ToList());
        }

        Assert.Equal(["v14a_create-user-and-repository", "v16a_add_authorized_integration"], idsByProvider[0]);
        Assert.All(idsByProvider, ids => Assert.Equal(idsByProvider[0], ids));
    }
}
