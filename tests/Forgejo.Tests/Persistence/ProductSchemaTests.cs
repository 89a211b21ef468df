using Forgejo.Domain.AuthorizedIntegrations;
using Forgejo.Domain.ClaimRules;
using Forgejo.Domain.Users;
using Forgejo.Persistence;
using Forgejo.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Forgejo.Tests.Persistence;

public sealed class ProductSchemaTests
{
    private const string AwsRules =
        """{"rules":[{"claim":"sub","compare":"glob","value":"repo:acme/*"},{"claim":"https://sts.amazonaws.com/","compare":"nest","nested":{"rules":[{"claim":"aws_account","compare":"eq","value":"1234567890"},{"claim":"region","compare":"in","values":["eu-west-1","us-east-1"]}]}}]}""";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_migrations_create_exactly_the_model(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var context = database.CreateContext();
        await context.Database.MigrateAsync();

        Assert.False(context.Database.HasPendingModelChanges());
        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Claim_rules_are_stored_as_forgejo_stores_them_and_read_back(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        long id;
        await using (var context = database.CreateContext())
        {
            await context.Database.MigrateAsync();
            var user = await AddUserAsync(context, "user2");
            var integration = NewIntegration(user.Id, "https://token.actions.githubusercontent.com", "u:2:aud");
            integration.ClaimRules = ClaimRuleSetJson.Deserialize(AwsRules);
            context.AuthorizedIntegrations.Add(integration);
            await context.SaveChangesAsync();
            id = integration.Id;
        }

        var stored = await database.QueryStringsAsync($"SELECT claim_rules FROM authorized_integration WHERE id = {id}");
        Assert.Equal(AwsRules, stored.Single());

        await using (var context = database.CreateContext())
        {
            var loaded = await context.AuthorizedIntegrations.SingleAsync(i => i.Id == id);
            var nested = loaded.ClaimRules.Rules![1].Nested!.Rules!;
            Assert.Equal("aws_account", nested[0].Claim);
            Assert.Equal("1234567890", nested[0].Value);
            Assert.Equal(["eu-west-1", "us-east-1"], nested[1].Values!);
            Assert.Equal(AwsRules, ClaimRuleSetJson.Serialize(loaded.ClaimRules));

            loaded.ClaimRules.Rules![0].Value = "repo:acme/app:*";
            await context.SaveChangesAsync();
        }

        stored = await database.QueryStringsAsync($"SELECT claim_rules FROM authorized_integration WHERE id = {id}");
        Assert.Contains("\"value\":\"repo:acme/app:*\"", stored.Single());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Issuer_and_audience_are_unique_together_and_compared_exactly(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var context = database.CreateContext();
        await context.Database.MigrateAsync();
        var user = await AddUserAsync(context, "user2");

        context.AuthorizedIntegrations.Add(NewIntegration(user.Id, "https://issuer.example", "u:2:one"));
        context.AuthorizedIntegrations.Add(NewIntegration(user.Id, "https://issuer.example", "u:2:two"));
        context.AuthorizedIntegrations.Add(NewIntegration(user.Id, "https://other.example", "u:2:one"));
        // Differs only in case: a different issuer, also on MySQL, whose default collation ignores case.
        context.AuthorizedIntegrations.Add(NewIntegration(user.Id, "https://ISSUER.example", "u:2:one"));
        await context.SaveChangesAsync();

        context.AuthorizedIntegrations.Add(NewIntegration(user.Id, "https://issuer.example", "u:2:one"));
        await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync());
        context.ChangeTracker.Clear();

        var found = await context.AuthorizedIntegrations
            .Where(i => i.Issuer == "https://issuer.example" && i.Audience == "u:2:one")
            .Select(i => i.Issuer)
            .ToListAsync();
        Assert.Equal(["https://issuer.example"], found);
    }

    private static async Task<User> AddUserAsync(ForgejoDbContext context, string name)
    {
        var user = new User { Name = name, LowerName = name.ToLowerInvariant(), Email = $"{name}@example.org", CreatedUnix = 1, UpdatedUnix = 1 };
        context.Users.Add(user);
        await context.SaveChangesAsync();
        return user;
    }

    private static AuthorizedIntegration NewIntegration(long userId, string issuer, string audience) => new()
    {
        UserId = userId,
        Name = "ci",
        Scope = "read:user",
        ResourceAllRepos = true,
        Issuer = issuer,
        Audience = audience,
        CreatedUnix = 1,
        UpdatedUnix = 1,
    };
}
