using Forgejo.Domain.Users;
using Forgejo.Persistence;
using Forgejo.Persistence.Queries;
using Forgejo.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Forgejo.Tests.Persistence;

public sealed class HotPathQueriesTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_compiled_queries_serve_every_model_of_a_context_type(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        long id;
        await using (var context = database.CreateContext())
        {
            await context.Database.MigrateAsync();
            var user = new User { Name = "alice", LowerName = "alice", Email = "alice@example.org", CreatedUnix = 1, UpdatedUnix = 1 };
            context.Users.Add(user);
            await context.SaveChangesAsync();
            id = user.Id;
        }

        // Other options give the same context type another model; EF refuses a compiled query on a second model.
        await using var plain = database.CreateContext();
        await using var other = ForgejoDbContextFactory.Create(provider, database.ConnectionString,
            provider == DatabaseProvider.MySql ? "8.0.36-mysql" : null, options => options.EnableSensitiveDataLogging());
        Assert.NotSame(plain.Model, other.Model);
        foreach (var context in new[] { plain, other })
        {
            var found = await HotPathQueries.UserById(context, id, CancellationToken.None);
            Assert.Equal("alice", found?.Name);
            Assert.Null(await HotPathQueries.UserById(context, id + 1, CancellationToken.None));
        }
    }
}
