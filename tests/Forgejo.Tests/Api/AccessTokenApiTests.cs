using System.Linq.Expressions;
using System.Net;
using Forgejo.Domain.Users;
using Forgejo.Persistence;
using Forgejo.Tests.Infrastructure;
using Forgejo.Web.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace Forgejo.Tests.Api;

public sealed class AccessTokenApiTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_token_authenticates_as_its_user_and_only_its_salted_hash_is_stored(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var server = await RunningServer.StartAsync(database);
        var alice = await server.CreateUserAsync("alice");
        var token = await server.CreateTokenAsync(alice.Id, "read:user");
        Assert.Matches("^[0-9a-f]{40}$", token);

        foreach (var scheme in new[] { "token", "Bearer", "bEaReR", "TOKEN" })
        {
            var response = await server.SendAsync(HttpMethod.Get, "/api/v1/user", token, scheme: scheme);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var user = await response.JsonAsync();
            Assert.Equal(alice.Id, user.GetProperty("id").GetInt64());
            Assert.Equal("alice", user.GetProperty("login").GetString());
            Assert.Equal("alice Full", user.GetProperty("full_name").GetString());
            Assert.Equal("alice@example.com", user.GetProperty("email").GetString());
            Assert.False(user.GetProperty("is_admin").GetBoolean());
            Assert.Equal("2026-01-01T00:00:00Z", user.GetProperty("created").GetString());
        }

        var rows = await database.QueryAsync("SELECT id, uid, name, token_hash, token_salt, token_last_eight, scope, created_unix, updated_unix FROM access_token");
        var row = Assert.Single(rows);
        foreach (var value in row)
        {
            Assert.DoesNotContain(token, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "");
        }

        var salt = (string)row[4]!;
        Assert.Equal(AccessTokenHashing.Hash(token, salt), row[3]);
        Assert.Equal(100, ((string)row[3]!).Length);
        Assert.Equal(token[^8..], row[5]);
        Assert.Equal("read:user", row[6]);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_change_to_the_account_shows_on_the_next_request(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var server = await RunningServer.StartAsync(database);
        var alice = await server.CreateUserAsync("alice");
        var token = await server.CreateTokenAsync(alice.Id, "read:user");
        async Task UpdateAliceAsync(Expression<Func<SetPropertyCalls<User>, SetPropertyCalls<User>>> change)
        {
            await using var scope = server.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ForgejoDbContext>();
            Assert.Equal(1, await db.Users.Where(u => u.Id == alice.Id).ExecuteUpdateAsync(change));
        }

        var before = await (await server.SendAsync(HttpMethod.Get, "/api/v1/user", token)).JsonAsync();
        Assert.Equal("alice Full", before.GetProperty("full_name").GetString());
        Assert.False(before.GetProperty("is_admin").GetBoolean());

        // The lookup of this token is cached now; the token and its owner are still read on every request.
        await UpdateAliceAsync(u => u.SetProperty(x => x.FullName, "Alice Renamed").SetProperty(x => x.IsAdmin, true));
        var after = await (await server.SendAsync(HttpMethod.Get, "/api/v1/user", token)).JsonAsync();
        Assert.Equal("Alice Renamed", after.GetProperty("full_name").GetString());
        Assert.True(after.GetProperty("is_admin").GetBoolean());

        await UpdateAliceAsync(u => u.SetProperty(x => x.IsActive, false));
        Assert.Equal(HttpStatusCode.Forbidden, (await server.SendAsync(HttpMethod.Get, "/api/v1/user", token)).StatusCode);
    }

    [Fact]
    public async Task A_cached_lookup_is_trusted_only_for_the_row_it_was_made_for()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var server = await RunningServer.StartAsync(database);
        var alice = await server.CreateUserAsync("alice");
        var token = await server.CreateTokenAsync(alice.Id, "read:user");
        Assert.Equal(HttpStatusCode.OK, (await server.SendAsync(HttpMethod.Get, "/api/v1/user", token)).StatusCode);

        // The row the cached lookup points at now holds another token, as if its id had been reused.
        await database.ExecuteAsync($"UPDATE access_token SET token_hash = '{new string('0', 100)}' WHERE uid = {alice.Id}");
        Assert.Equal(HttpStatusCode.Unauthorized, (await server.SendAsync(HttpMethod.Get, "/api/v1/user", token)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Scopes_limit_what_a_token_reaches(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var server = await RunningServer.StartAsync(database);
        var alice = await server.CreateUserAsync("alice");
        var all = await server.CreateTokenAsync(alice.Id, "all", "all");
        var readUser = await server.CreateTokenAsync(alice.Id, "read:user", "read-user");
        var publicOnly = await server.CreateTokenAsync(alice.Id, "public-only,read:repository,read:user", "public-only");
        var readRepo = await server.CreateTokenAsync(alice.Id, "read:repository", "read-repo");

        Assert.Equal(HttpStatusCode.Created,
            (await server.SendAsync(HttpMethod.Post, "/api/v1/user/repos", all, """{"name":"open"}""")).StatusCode);
        Assert.Equal(HttpStatusCode.Created,
            (await server.SendAsync(HttpMethod.Post, "/api/v1/user/repos", all, """{"name":"secret","private":true}""")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await server.SendAsync(HttpMethod.Get, "/api/v1/user", readUser)).StatusCode);
        await (await server.SendAsync(HttpMethod.Get, "/api/v1/repos/alice/open", readUser))
            .AssertProblemAsync(HttpStatusCode.Forbidden, "token does not have at least one of required scope(s): [read:repository]");
        await (await server.SendAsync(HttpMethod.Get, "/api/v1/user", readRepo))
            .AssertProblemAsync(HttpStatusCode.Forbidden, "token does not have at least one of required scope(s): [read:user]");
        await (await server.SendAsync(HttpMethod.Delete, "/api/v1/repos/alice/open", readRepo))
            .AssertProblemAsync(HttpStatusCode.Forbidden, "token does not have at least one of required scope(s): [write:repository]");

        Assert.Equal(HttpStatusCode.OK, (await server.SendAsync(HttpMethod.Get, "/api/v1/repos/alice/open", publicOnly)).StatusCode);
        await (await server.SendAsync(HttpMethod.Get, "/api/v1/repos/alice/secret", publicOnly))
            .AssertProblemAsync(HttpStatusCode.NotFound, "The target couldn't be found.");
        Assert.Equal(HttpStatusCode.OK, (await server.SendAsync(HttpMethod.Get, "/api/v1/repos/alice/secret", all)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await server.SendAsync(HttpMethod.Get, "/api/v1/repos/alice/secret", readRepo)).StatusCode);

        var search = await (await server.SendAsync(HttpMethod.Get, "/api/v1/repos/search", publicOnly)).JsonAsync();
        Assert.Equal(["open"], search.GetProperty("data").EnumerateArray().Select(r => r.GetProperty("name").GetString()));
        var mine = await (await server.SendAsync(HttpMethod.Get, "/api/v1/user/repos", publicOnly)).JsonAsync();
        Assert.Equal(["open"], mine.EnumerateArray().Select(r => r.GetProperty("name").GetString()));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Bad_tokens_are_401_and_blocked_accounts_are_403(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var server = await RunningServer.StartAsync(database);
        var alice = await server.CreateUserAsync("alice");
        var token = await server.CreateTokenAsync(alice.Id, "all");
        var inactive = await server.CreateTokenAsync((await server.CreateUserAsync("sleepy", active: false)).Id, "all");
        var prohibited = await server.CreateTokenAsync((await server.CreateUserAsync("banned", prohibitLogin: true)).Id, "all");

        await (await server.SendAsync(HttpMethod.Get, "/api/v1/user", null))
            .AssertProblemAsync(HttpStatusCode.Unauthorized, "token is required");
        var wrong = token[..^1] + (token[^1] == '0' ? '1' : '0');
        await (await server.SendAsync(HttpMethod.Get, "/api/v1/user", wrong))
            .AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid access token");
        await (await server.SendAsync(HttpMethod.Get, "/api/v1/repos/search", "not-a-token"))
            .AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid access token");
        await (await server.SendAsync(HttpMethod.Get, "/api/v1/user", inactive))
            .AssertProblemAsync(HttpStatusCode.Forbidden, "This account is not activated.");
        await (await server.SendAsync(HttpMethod.Get, "/api/v1/user", prohibited))
            .AssertProblemAsync(HttpStatusCode.Forbidden,
                "This account is prohibited from signing in, please contact your site administrator.");

        // Three fields, or an unknown scheme, is no token at all: anonymous.
        var threeFields = new HttpRequestMessage(HttpMethod.Get, "/api/v1/user");
        threeFields.Headers.TryAddWithoutValidation("Authorization", $"token {token} extra");
        await (await server.Client.SendAsync(threeFields)).AssertProblemAsync(HttpStatusCode.Unauthorized, "token is required");
        Assert.Equal(HttpStatusCode.OK, (await server.SendAsync(HttpMethod.Get, "/api/v1/user", token)).StatusCode);
    }
}
