using Forgejo.Tests.Infrastructure.Issuer;
using System.Net;
using System.Text.Json;
using Forgejo.Persistence;
using Forgejo.Tests.Infrastructure;
using Forgejo.Web.Cli;

namespace Forgejo.Tests.Web;

public sealed class AdminUserCommandTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Create_a_user_a_token_and_an_integration_from_the_command_line(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        Assert.Equal(0, (await CliRunner.RunAsync(database, "migrate")).ExitCode);

        var user = await CliRunner.RunAsync(database, "admin", "user", "create", "--username", "alice", "--email", "alice@example.com", "--admin");
        Assert.Equal(0, user.ExitCode);
        Assert.Equal("New user 'alice' has been successfully created!", user.Output.Trim());
        Assert.Equal(["alice@example.com"], await database.QueryStringsAsync("SELECT email FROM \"user\"".Replace("\"", provider == DatabaseProvider.MySql ? "`" : "\"")));

        var duplicate = await CliRunner.RunAsync(database, "admin", "user", "create", "--username", "Alice", "--email", "a2@example.com");
        Assert.Equal(1, duplicate.ExitCode);
        Assert.Equal("forgejo: user already exists [name: Alice]", duplicate.Error.Trim());

        var token = await CliRunner.RunAsync(database, "admin", "user", "generate-access-token", "--username", "alice", "--token-name", "t",
            "--scopes", "read:user,write:repository", "--raw");
        Assert.Equal(0, token.ExitCode);
        var plain = token.Output.Trim();
        Assert.Matches("^[0-9a-f]{40}$", plain);
        Assert.Equal(["write:repository,read:user"], await database.QueryStringsAsync("SELECT scope FROM access_token"));

        var badScope = await CliRunner.RunAsync(database, "admin", "user", "generate-access-token", "--username", "alice", "--token-name", "u", "--scopes", "read:nope");
        Assert.Equal(1, badScope.ExitCode);
        Assert.Equal("forgejo: invalid access token scope provided: invalid access token scope: read:nope", badScope.Error.Trim());

        // The command checks the issuer live, like the API: a real issuer on loopback, trusted through the documented settings.
        await using var issuer = await TestIssuer.StartAsync(await SharedIssuer.CaAsync());
        string[] trustLoopbackIssuer = [$"--AuthorizedIntegration:TrustedCaFile={(await SharedIssuer.CaAsync()).CaFile}", "--AuthorizedIntegration:AllowLocalNetworks=true"];
        var refused = await CliRunner.RunAsync(database, "admin", "user", "create-authorized-integration", "--username", "alice", "--name", "CI",
            "--issuer", issuer.Issuer, "--scope", "all");
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("authorized integration can only call allowed HTTP servers", refused.Error);
        Assert.Empty(await database.QueryStringsAsync("SELECT id FROM authorized_integration"));

        var integration = await CliRunner.RunAsync(database, ["admin", "user", "create-authorized-integration", "--username", "alice", "--name", "CI",
            "--issuer", issuer.Issuer, .. trustLoopbackIssuer, "--claim-eq", "sub=repo:alice/site", "--claim-glob-in", "ref=refs/heads/*,refs/tags/*",
            "--scope", "read:repository", "--scope", "read:user"]);
        Assert.True(integration.ExitCode == 0, integration.Error);
        using var json = JsonDocument.Parse(integration.Output);
        Assert.Equal("CI", json.RootElement.GetProperty("name").GetString());
        Assert.Equal("read:repository,read:user", json.RootElement.GetProperty("scope").GetString());
        Assert.True(json.RootElement.GetProperty("resource_all_repos").GetBoolean());
        Assert.StartsWith("u:", json.RootElement.GetProperty("audience").GetString());
        Assert.Equal("""{"rules":[{"claim":"sub","compare":"eq","value":"repo:alice/site"},{"claim":"ref","compare":"glob-in","values":["refs/heads/*","refs/tags/*"]}]}""",
            JsonSerializer.Serialize(json.RootElement.GetProperty("claim_rules")));
        Assert.Contains("\n  \"id\": ", integration.Output);

        var badIssuer = await CliRunner.RunAsync(database, "admin", "user", "create-authorized-integration", "--username", "alice", "--name", "x",
            "--issuer", "http://ci.example.com", "--scope", "all");
        Assert.Equal(1, badIssuer.ExitCode);
        Assert.Equal("forgejo: invalid issuer \"http://ci.example.com\": must be an absolute https URL", badIssuer.Error.Trim());

        // The printed token works against the server.
        await using var server = await RunningServer.StartAsync(database);
        var me = await server.SendAsync(HttpMethod.Get, "/api/v1/user", plain);
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.True((await me.JsonAsync()).GetProperty("is_admin").GetBoolean());
    }
}
