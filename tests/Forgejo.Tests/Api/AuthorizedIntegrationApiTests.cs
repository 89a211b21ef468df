using System.Net;
using Forgejo.Persistence;
using Forgejo.Tests.Infrastructure;

namespace Forgejo.Tests.Api;

public sealed class AuthorizedIntegrationApiTests
{
    private const string Path = "/api/v1/user/authorized-integrations";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Create_read_list_edit_and_delete_an_integration(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var server = await RunningServer.StartAsync(database);
        var alice = await server.CreateUserAsync("alice");
        var token = await server.CreateTokenAsync(alice.Id, "write:user,write:repository");
        var readOnly = await server.CreateTokenAsync(alice.Id, "read:user", "read-only");
        Assert.Equal(HttpStatusCode.Created, (await server.SendAsync(HttpMethod.Post, "/api/v1/user/repos", token, """{"name":"site"}""")).StatusCode);

        var created = await server.SendAsync(HttpMethod.Post, Path, token, """
            {"name":" Deploy bot ","description":"ci","issuer":"https://ci.example.com","scope":"read:repository,write:repository",
             "claim_rules":{"rules":[{"claim":"sub","compare":"eq","value":"repo:alice/site"}]},"repositories":["alice/site"]}
            """);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var json = await created.JsonAsync();
        var id = json.GetProperty("id").GetInt64();
        Assert.Equal("Deploy bot", json.GetProperty("name").GetString());
        Assert.Equal("ci", json.GetProperty("description").GetString());
        Assert.Equal("https://ci.example.com", json.GetProperty("issuer").GetString());
        Assert.Matches($"^u:{alice.Id}:[0-9a-f]{{8}}-[0-9a-f]{{4}}-4[0-9a-f]{{3}}-[89ab][0-9a-f]{{3}}-[0-9a-f]{{12}}$", json.GetProperty("audience").GetString());
        Assert.Equal("write:repository", json.GetProperty("scope").GetString());
        Assert.Equal("""{"rules":[{"claim":"sub","compare":"eq","value":"repo:alice/site"}]}""", json.GetProperty("claim_rules").GetRawText());
        Assert.False(json.GetProperty("resource_all_repos").GetBoolean());
        Assert.Equal(["alice/site"], json.GetProperty("repositories").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, json.GetProperty("last_used").ValueKind);
        Assert.Equal(json.GetProperty("created").GetString(), json.GetProperty("updated").GetString());
        Assert.Equal(["1"], await database.QueryStringsAsync($"SELECT COUNT(*) FROM authorized_integ_resource_repo WHERE integ_id = {id}"));

        var second = await (await server.SendAsync(HttpMethod.Post, Path, token,
            """{"name":"Other","issuer":"https://other.example.com","scope":"read:user"}""")).JsonAsync();
        Assert.True(second.GetProperty("resource_all_repos").GetBoolean());
        Assert.Equal("""{"rules":[]}""", second.GetProperty("claim_rules").GetRawText());

        var list = await (await server.SendAsync(HttpMethod.Get, Path, readOnly)).JsonAsync();
        Assert.Equal(["Other", "Deploy bot"], list.EnumerateArray().Select(i => i.GetProperty("name").GetString()));
        var got = await (await server.SendAsync(HttpMethod.Get, $"{Path}/{id}", readOnly)).JsonAsync();
        Assert.Equal(json.GetProperty("audience").GetString(), got.GetProperty("audience").GetString());

        await (await server.SendAsync(HttpMethod.Delete, $"{Path}/{id}", readOnly))
            .AssertProblemAsync(HttpStatusCode.Forbidden, "token does not have at least one of required scope(s): [write:user]");

        var edited = await server.SendAsync(HttpMethod.Patch, $"{Path}/{id}", token, """{"description":"edited","resource_all_repos":true}""");
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var editedJson = await edited.JsonAsync();
        Assert.Equal("edited", editedJson.GetProperty("description").GetString());
        Assert.Equal("Deploy bot", editedJson.GetProperty("name").GetString());
        Assert.True(editedJson.GetProperty("resource_all_repos").GetBoolean());
        Assert.Empty(editedJson.GetProperty("repositories").EnumerateArray());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, editedJson.GetProperty("last_used").ValueKind);
        Assert.Equal(["0"], await database.QueryStringsAsync($"SELECT COUNT(*) FROM authorized_integ_resource_repo WHERE integ_id = {id}"));

        // Marked as used (what the JWT handler will do): last_used appears.
        await database.ExecuteAsync($"UPDATE authorized_integration SET updated_unix = created_unix + 120 WHERE id = {id}");
        var used = await (await server.SendAsync(HttpMethod.Get, $"{Path}/{id}", readOnly)).JsonAsync();
        Assert.Equal(used.GetProperty("updated").GetString(), used.GetProperty("last_used").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await server.SendAsync(HttpMethod.Delete, $"{Path}/{id}", token)).StatusCode);
        await (await server.SendAsync(HttpMethod.Get, $"{Path}/{id}", token)).AssertProblemAsync(HttpStatusCode.NotFound, "The target couldn't be found.");
        await (await server.SendAsync(HttpMethod.Delete, $"{Path}/{id}", token)).AssertProblemAsync(HttpStatusCode.NotFound, "The target couldn't be found.");

        // Another user's integration is not found.
        var bob = await server.CreateUserAsync("bob");
        var bobToken = await server.CreateTokenAsync(bob.Id, "all");
        await (await server.SendAsync(HttpMethod.Get, $"{Path}/{second.GetProperty("id").GetInt64()}", bobToken))
            .AssertProblemAsync(HttpStatusCode.NotFound, "The target couldn't be found.");
        Assert.Empty((await (await server.SendAsync(HttpMethod.Get, Path, bobToken)).JsonAsync()).EnumerateArray());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Invalid_integrations_are_refused_with_forgejo_messages(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var server = await RunningServer.StartAsync(database);
        var alice = await server.CreateUserAsync("alice");
        var token = await server.CreateTokenAsync(alice.Id, "all");
        Assert.Equal(HttpStatusCode.Created, (await server.SendAsync(HttpMethod.Post, "/api/v1/user/repos", token, """{"name":"site"}""")).StatusCode);

        (string Body, string Message)[] cases =
        [
            ("""{"name":"  ","issuer":"https://a.example","scope":"all"}""", "missing field \"Name\""),
            ("""{"name":"n","issuer":"ftp://example.com/","scope":"all"}""", "invalid issuer \"ftp://example.com/\": must be an absolute https URL"),
            ("""{"name":"n","issuer":"/relative","scope":"all"}""", "invalid issuer \"/relative\": must be an absolute https URL"),
            ("""{"name":"n","issuer":"https://a.example","scope":"read:user,bogus"}""", "invalid access token scope: bogus"),
            ("""{"name":"n","issuer":"https://a.example","scope":""}""", "missing field \"Scope\""),
            ("""{"name":"n","issuer":"https://a.example","scope":"read:repository","resource_all_repos":false}""",
                "specified repository access token: must have at least one repository"),
            ("""{"name":"n","issuer":"https://a.example","scope":"public-only,read:repository","repositories":["alice/site"]}""",
                "specified repository access token: cannot be combined with public-only scope"),
            ("""{"name":"n","issuer":"https://a.example","scope":"read:admin","repositories":["alice/site"]}""",
                "specified repository access token: invalid scope: cannot be combined with scope read:admin"),
            ("""{"name":"n","issuer":"https://a.example","scope":"read:repository","repositories":["alice/nope"]}""",
                "repository \"alice/nope\" does not exist"),
            ("""{"name":"n","issuer":"https://a.example","scope":"all","claim_rules":{"rule":[]}}""",
                "invalid claim rules: must be an object {\"rules\":[...]}"),
            ("""{"name":"n","issuer":"https://a.example","scope":"all","audience":"u:1:mine"}""",
                "audience cannot be provided: it is generated by the server"),
            ("""{"name":"n","issuer":"https://a.example","scope":"all","repositories":"alice/site"}""",
                "invalid value for field \"repositories\": wrong JSON type"),
            ("""{"name":"n","issuer":"https://a.example","scope":"read:repository","repositories":[null]}""",
                "invalid repositories: every entry must be an owner/name string"),
            ("""{"name":"n","issuer":"https://a.example","scope":"all","audience":null}""",
                "audience cannot be provided: it is generated by the server"),
            ("""{"name":"n","issuer":"https://user:pass@a.example","scope":"all"}""",
                "invalid issuer \"https://user:pass@a.example\": must not carry credentials, a query or a fragment"),
            ("""{"name":"n","issuer":"https://a.example/?q=1","scope":"all"}""",
                "invalid issuer \"https://a.example/?q=1\": must not carry credentials, a query or a fragment"),
            ("""{"name":"n","issuer":"https://a.example/#frag","scope":"all"}""",
                "invalid issuer \"https://a.example/#frag\": must not carry credentials, a query or a fragment"),
            ("""{"name":"n","issuer":"https://a.example/a/../b","scope":"all"}""",
                "invalid issuer \"https://a.example/a/../b\": must not contain . or .. path segments"),
            ("""{"name":"n","issuer":" https://a.example","scope":"all"}""",
                "invalid issuer \" https://a.example\": must be an absolute https URL"),
            ($$"""{"name":"{{new string('n', 256)}}","issuer":"https://a.example","scope":"all"}""",
                "name is too long: at most 255 characters"),
            ("""{"name":"n","issuer":"https://a.example","scope":"all","claim_rules":{"rules":[1]}}""",
                "invalid claim rules: wrong JSON type or shape at claim_rules.rules[0]"),
            ($$"""{"name":"n","issuer":"https://a.example","scope":"all","claim_rules":{{NestedRules(33)}}}""",
                "invalid claim rules: claim rules nested too deeply"),
        ];
        foreach (var (body, message) in cases)
        {
            var response = await server.SendAsync(HttpMethod.Post, Path, token, body);
            var problem = await response.JsonAsync();
            Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, $"{body[..Math.Min(body.Length, 120)]}: {problem}");
            Assert.StartsWith(message, problem.GetProperty("message").GetString());
        }

        await (await server.SendAsync(HttpMethod.Post, Path, token, """{"name":"a","name":"b","issuer":"https://a.example","scope":"all"}"""))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "invalid JSON: Duplicate property 'name' encountered during deserialization.");

        await (await server.SendAsync(HttpMethod.Get, $"{Path}/99999999999999999999", token))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "invalid id \"99999999999999999999\": must be a positive 64-bit integer");
        await (await server.SendAsync(HttpMethod.Patch, $"{Path}/-1", token, "{}"))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "invalid id \"-1\": must be a positive 64-bit integer");
        Assert.Equal(["0"], await database.QueryStringsAsync("SELECT COUNT(*) FROM authorized_integration"));
    }

    /// <summary>A claim-rules document whose rules nest <paramref name="depth"/> levels deep.</summary>
    private static string NestedRules(int depth)
    {
        var rules = """{"rules":[{"claim":"sub","compare":"eq","value":"x"}]}""";
        for (var i = 0; i < depth; i++)
        {
            rules = $$"""{"rules":[{"claim":"n","compare":"nest","nested":{{rules}}}]}""";
        }

        return rules;
    }
}
