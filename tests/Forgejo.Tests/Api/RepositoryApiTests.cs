using System.Net;
using Forgejo.Persistence;
using Forgejo.Tests.Infrastructure;

namespace Forgejo.Tests.Api;

public sealed class RepositoryApiTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Create_read_list_search_edit_and_delete_a_repository(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var server = await RunningServer.StartAsync(database);
        var alice = await server.CreateUserAsync("alice");
        var bob = await server.CreateUserAsync("bob");
        var token = await server.CreateTokenAsync(alice.Id, "write:repository,write:user");
        var bobToken = await server.CreateTokenAsync(bob.Id, "all");

        var created = await server.SendAsync(HttpMethod.Post, "/api/v1/user/repos", token,
            """{"name":"Website","description":"the site","private":true}""");
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var repo = await created.JsonAsync();
        Assert.Equal("Website", repo.GetProperty("name").GetString());
        Assert.Equal("alice/Website", repo.GetProperty("full_name").GetString());
        Assert.Equal("the site", repo.GetProperty("description").GetString());
        Assert.True(repo.GetProperty("private").GetBoolean());
        Assert.Equal("alice", repo.GetProperty("owner").GetProperty("login").GetString());
        Assert.True(repo.GetProperty("permissions").GetProperty("admin").GetBoolean());
        Assert.EndsWith("/api/v1/repos/alice/Website", created.Headers.Location!.ToString());

        await (await server.SendAsync(HttpMethod.Post, "/api/v1/user/repos", token, """{"name":"website"}"""))
            .AssertProblemAsync(HttpStatusCode.Conflict, "The repository with the same name already exists.");

        var got = await (await server.SendAsync(HttpMethod.Get, "/api/v1/repos/ALICE/website", token)).JsonAsync();
        Assert.Equal(repo.GetProperty("id").GetInt64(), got.GetProperty("id").GetInt64());

        // Private and not bob's: 404 for bob and for anonymous callers, never 403.
        await (await server.SendAsync(HttpMethod.Get, "/api/v1/repos/alice/Website", bobToken))
            .AssertProblemAsync(HttpStatusCode.NotFound, "The target couldn't be found.");
        await (await server.SendAsync(HttpMethod.Delete, "/api/v1/repos/alice/Website", bobToken))
            .AssertProblemAsync(HttpStatusCode.NotFound, "The target couldn't be found.");
        await (await server.SendAsync(HttpMethod.Get, "/api/v1/repos/alice/Website", null))
            .AssertProblemAsync(HttpStatusCode.NotFound, "The target couldn't be found.");

        var edited = await server.SendAsync(HttpMethod.Patch, "/api/v1/repos/alice/Website", token, """{"description":"new","private":false}""");
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var editedJson = await edited.JsonAsync();
        Assert.Equal("new", editedJson.GetProperty("description").GetString());
        Assert.False(editedJson.GetProperty("private").GetBoolean());

        // Public now: bob sees it but may not change it.
        Assert.Equal(HttpStatusCode.OK, (await server.SendAsync(HttpMethod.Get, "/api/v1/repos/alice/Website", bobToken)).StatusCode);
        await (await server.SendAsync(HttpMethod.Patch, "/api/v1/repos/alice/Website", bobToken, """{"private":true}"""))
            .AssertProblemAsync(HttpStatusCode.Forbidden, "user should be an owner or a collaborator with admin write of a repository");

        Assert.Equal(HttpStatusCode.Created,
            (await server.SendAsync(HttpMethod.Post, "/api/v1/user/repos", token, """{"name":"docs","private":true}""")).StatusCode);
        var list = await (await server.SendAsync(HttpMethod.Get, "/api/v1/user/repos", token)).JsonAsync();
        Assert.Equal(["docs", "Website"], list.EnumerateArray().Select(r => r.GetProperty("name").GetString()));

        var search = await server.SendAsync(HttpMethod.Get, "/api/v1/repos/search?q=SITE", bobToken);
        var searchJson = await search.JsonAsync();
        Assert.True(searchJson.GetProperty("ok").GetBoolean());
        Assert.Equal(["alice/Website"], searchJson.GetProperty("data").EnumerateArray().Select(r => r.GetProperty("full_name").GetString()));
        Assert.Equal("1", search.Headers.GetValues("X-Total-Count").Single());
        var anonymous = await (await server.SendAsync(HttpMethod.Get, "/api/v1/repos/search", null)).JsonAsync();
        Assert.Equal(["Website"], anonymous.GetProperty("data").EnumerateArray().Select(r => r.GetProperty("name").GetString()));
        var ownSearch = await (await server.SendAsync(HttpMethod.Get, "/api/v1/repos/search?limit=1&page=2", token)).JsonAsync();
        Assert.Equal(["Website"], ownSearch.GetProperty("data").EnumerateArray().Select(r => r.GetProperty("name").GetString()));

        Assert.Equal(HttpStatusCode.NoContent, (await server.SendAsync(HttpMethod.Delete, "/api/v1/repos/alice/Website", token)).StatusCode);
        await (await server.SendAsync(HttpMethod.Get, "/api/v1/repos/alice/Website", token))
            .AssertProblemAsync(HttpStatusCode.NotFound, "The target couldn't be found.");
        Assert.Equal(["docs"], await database.QueryStringsAsync("SELECT name FROM repository"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Bad_request_bodies_are_400_or_422_with_a_message(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var server = await RunningServer.StartAsync(database);
        var alice = await server.CreateUserAsync("alice");
        var token = await server.CreateTokenAsync(alice.Id, "all");

        var malformed = await server.SendAsync(HttpMethod.Post, "/api/v1/user/repos", token, """{"name":""");
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.StartsWith("invalid JSON: ", (await malformed.JsonAsync()).GetProperty("message").GetString());
        await (await server.SendAsync(HttpMethod.Post, "/api/v1/user/repos", token, "[1]"))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "request body must be a JSON object");
        await (await server.SendAsync(HttpMethod.Post, "/api/v1/user/repos", token, """{"name":"x","private":"yes"}"""))
            .AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "invalid value for field \"private\": wrong JSON type");
        await (await server.SendAsync(HttpMethod.Post, "/api/v1/user/repos", token, """{"name":"  "}"""))
            .AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "name is required");
        await (await server.SendAsync(HttpMethod.Post, "/api/v1/user/repos", token, """{"name":"a b"}"""))
            .AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "name is invalid: must be valid alpha or numeric or dash(-_) or dot characters");
        var huge = $$"""{"name":"x","description":"{{new string('a', 1024 * 1024)}}"}""";
        await (await server.SendAsync(HttpMethod.Post, "/api/v1/user/repos", token, huge))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "request body too large: the limit is 1048576 bytes");
        await (await server.SendAsync(HttpMethod.Get, "/api/v1/repos/search?limit=-1", token))
            .AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "limit and page must be positive integers");
        Assert.Empty(await database.QueryStringsAsync("SELECT name FROM repository"));
    }
}
