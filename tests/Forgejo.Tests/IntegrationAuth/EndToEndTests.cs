using System.Net;
using System.Text.Json;
using Forgejo.Persistence;
using Forgejo.Tests.Infrastructure;
using Forgejo.Tests.Infrastructure.Issuer;
using Forgejo.Web.Auth.IntegrationJwt;
using Forgejo.Web.Cli;

namespace Forgejo.Tests.IntegrationAuth;

/// <summary>
/// The whole path a user takes: a user and a token from the command line, repositories and an integration through the
/// API, then a CI job's JWT calling the API as that user, held to the integration's scope and repositories.
/// </summary>
public sealed class EndToEndTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_jwt_acts_as_the_owner_within_the_integrations_scope_and_repositories(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        Assert.Equal(0, (await CliRunner.RunAsync(database, "migrate")).ExitCode);
        Assert.Equal(0, (await CliRunner.RunAsync(database, "admin", "user", "create", "--username", "alice", "--email", "alice@example.com")).ExitCode);
        var pat = (await CliRunner.RunAsync(database, "admin", "user", "generate-access-token", "--username", "alice", "--token-name", "setup",
            "--scopes", "write:user,write:repository", "--raw")).Output.Trim();

        await using var server = await RunningServer.StartAsync(database);
        await using var issuer = await TestIssuer.StartAsync(await SharedIssuer.CaAsync(), algorithms: ["ES256"]);
        foreach (var (name, isPrivate) in new[] { ("site", true), ("secret", true), ("docs", false) })
        {
            var created = await server.SendAsync(HttpMethod.Post, "/api/v1/user/repos", pat, $$"""{"name":"{{name}}","private":{{(isPrivate ? "true" : "false")}}}""");
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        var creation = await server.SendAsync(HttpMethod.Post, "/api/v1/user/authorized-integrations", pat, $$$"""
            {"name":"deploy","issuer":"{{{issuer.Issuer}}}","scope":"read:repository","repositories":["alice/site"],
             "claim_rules":{"rules":[{"claim":"sub","compare":"glob","value":"repo:acme/app:*"}]}}
            """);
        Assert.True(creation.StatusCode == HttpStatusCode.Created, await creation.Content.ReadAsStringAsync());
        var integration = await creation.JsonAsync();
        var audience = integration.GetProperty("audience").GetString()!;
        Assert.StartsWith("u:", audience);
        Assert.Equal(JsonValueKind.Null, integration.GetProperty("last_used").ValueKind);

        var now = DateTimeOffset.UtcNow;
        var jwt = issuer.Sign(issuer.Claims(audience, now));
        await (await server.SendAsync(HttpMethod.Get, "/api/v1/user", jwt, scheme: "Bearer"))
            .AssertProblemAsync(HttpStatusCode.Forbidden, "token does not have at least one of required scope(s): [read:user]");
        Assert.Equal(HttpStatusCode.OK, (await server.SendAsync(HttpMethod.Get, "/api/v1/repos/alice/site", jwt)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await server.SendAsync(HttpMethod.Get, "/api/v1/repos/alice/secret", jwt)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await server.SendAsync(HttpMethod.Get, "/api/v1/repos/alice/docs", jwt)).StatusCode);
        await (await server.SendAsync(HttpMethod.Patch, "/api/v1/repos/alice/site", jwt, """{"description":"x"}"""))
            .AssertProblemAsync(HttpStatusCode.Forbidden, "token does not have at least one of required scope(s): [write:repository]");
        var found = (await (await server.SendAsync(HttpMethod.Get, "/api/v1/repos/search", jwt)).JsonAsync()).GetProperty("data")
            .EnumerateArray().Select(repo => repo.GetProperty("name").GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(["docs", "site"], found);

        var wrongSubject = issuer.Sign(issuer.Claims(audience, now, ("sub", "repo:acme/other:ref:refs/heads/main")));
        var refused = await server.SendAsync(HttpMethod.Get, "/api/v1/repos/alice/site", wrongSubject, scheme: "Bearer");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("claim mismatch: claim \"sub\" must match glob \"repo:acme/app:*\"", refused.Headers.WwwAuthenticate.ToString().Replace('\'', '"'));

        // Even an integration allowed everything cannot create, change or delete integrations.
        var powerful = await (await server.SendAsync(HttpMethod.Post, "/api/v1/user/authorized-integrations", pat,
            $$"""{"name":"all","issuer":"{{issuer.Issuer}}","scope":"all"}""")).JsonAsync();
        var powerfulJwt = issuer.Sign(issuer.Claims(powerful.GetProperty("audience").GetString()!, now));
        Assert.Equal("alice", (await (await server.SendAsync(HttpMethod.Get, "/api/v1/user", powerfulJwt, scheme: "Bearer")).JsonAsync()).GetProperty("login").GetString());
        Assert.Equal(HttpStatusCode.OK, (await server.SendAsync(HttpMethod.Get, "/api/v1/repos/alice/secret", powerfulJwt)).StatusCode);
        await (await server.SendAsync(HttpMethod.Post, "/api/v1/user/authorized-integrations", powerfulJwt,
                $$"""{"name":"escalate","issuer":"{{issuer.Issuer}}","scope":"all"}"""))
            .AssertProblemAsync(HttpStatusCode.Forbidden, "authorized integrations cannot be managed by a request authenticated by an authorized integration");
        await (await server.SendAsync(HttpMethod.Delete, $"/api/v1/user/authorized-integrations/{integration.GetProperty("id").GetInt64()}", powerfulJwt))
            .AssertProblemAsync(HttpStatusCode.Forbidden, "authorized integrations cannot be managed by a request authenticated by an authorized integration");

        // Use is recorded off the request path.
        await server.Services.GetRequiredService<LastUsedRecorder>().FlushAsync(CancellationToken.None);
        var reread = await (await server.SendAsync(HttpMethod.Get, $"/api/v1/user/authorized-integrations/{integration.GetProperty("id").GetInt64()}", pat)).JsonAsync();
        Assert.NotEqual(JsonValueKind.Null, reread.GetProperty("last_used").ValueKind);

        // Deleting the integration ends its tokens' access at once, although its lookup was just cached.
        Assert.Equal(HttpStatusCode.OK, (await server.SendAsync(HttpMethod.Get, "/api/v1/repos/alice/site", jwt)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent,
            (await server.SendAsync(HttpMethod.Delete, $"/api/v1/user/authorized-integrations/{integration.GetProperty("id").GetInt64()}", pat)).StatusCode);
        var afterDelete = await server.SendAsync(HttpMethod.Get, "/api/v1/repos/alice/site", jwt, scheme: "Bearer");
        Assert.Equal(HttpStatusCode.Unauthorized, afterDelete.StatusCode);
        Assert.Contains("matching authorized_integration not found", afterDelete.Headers.WwwAuthenticate.ToString());
    }
}
