using System.Net;
using System.Text.Json.Nodes;
using Forgejo.Domain.ClaimRules;
using Forgejo.Persistence;
using Forgejo.Tests.Infrastructure.Issuer;
using Forgejo.Web.Auth.IntegrationJwt.Fetching;

namespace Forgejo.Tests.IntegrationAuth;

/// <summary>
/// Real GitHub Actions OIDC tokens, verified against GitHub's published discovery document and key set, served under
/// GitHub's own issuer URL by a loopback issuer that the server reaches through its resolver service.
/// </summary>
public sealed class GitHubActionsTokenTests
{
    private const string GitHubIssuer = "https://token.actions.githubusercontent.com";

    public static TheoryData<string, string, long, long> Fixtures() => new()
    {
        // folder, audience, a moment inside [iat, exp] (iat is checked too), exp
        { "github-actions-2025-03-rgl", "https://example.com", 1743256877, 1743267827 },
        { "github-actions-2022-10-qoomon", "https://github.com/qoomon", 1666298900, 1666299061 },
    };

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task A_real_token_is_accepted_inside_its_window_and_rejected_outside(string folder, string audience, long inside, long expires)
    {
        await using var github = await TestIssuer.StartAsync(await SharedIssuer.CaAsync(), path: "", hostName: "token.actions.githubusercontent.com");
        github.Issuer = GitHubIssuer;
        github.JwksPath = "/.well-known/jwks";
        github.Discovery = JsonNode.Parse(Fixture("github-openid-configuration.2026.forgejo-test.json"))!.AsObject();
        github.JwksJson = Fixture(Path.Combine(folder, "jwks.json"));
        var token = Fixture(Path.Combine(folder, "token.jwt")).Trim();
        var subject = (string)JsonNode.Parse(System.Buffers.Text.Base64Url.DecodeFromChars(token.Split('.')[1]))!["sub"]!;

        var world = await IntegrationWorld.CreateAsync(DatabaseProvider.Sqlite, DateTimeOffset.FromUnixTimeSeconds(inside), services =>
            services.AddSingleton<IHostResolver>(new SharedIssuer.Resolver(github.Port)));
        await world.AddIntegrationAsync(GitHubIssuer, audience: audience, rules: new ClaimRuleSet
        {
            Rules =
            [
                new ClaimRule { Claim = "sub", Compare = "glob", Value = subject.Split(':')[0] + ":" + subject.Split(':')[1] + ":ref:refs/heads/*" },
                new ClaimRule { Claim = "event_name", Compare = "in", Values = ["push", "workflow_dispatch"] },
            ],
        });

        await world.AssertAcceptedAsync(await world.GetAsync("/api/v1/user", token));
        Assert.Equal(1, github.DiscoveryRequests);
        Assert.Equal(1, github.JwksRequests);

        world.Clock.SetUtcNow(DateTimeOffset.FromUnixTimeSeconds(expires + 31));
        await IntegrationWorld.AssertRejectedAsync(await world.GetAsync("/api/v1/user", token), "token is expired");
    }

    [Fact]
    public async Task A_real_token_fails_its_rules_before_any_request_to_github()
    {
        await using var github = await TestIssuer.StartAsync(await SharedIssuer.CaAsync(), path: "", hostName: "token.actions.githubusercontent.com");
        var world = await IntegrationWorld.CreateAsync(DatabaseProvider.Sqlite, DateTimeOffset.FromUnixTimeSeconds(1743256877), services =>
            services.AddSingleton<IHostResolver>(new SharedIssuer.Resolver(github.Port)));
        await world.AddIntegrationAsync(GitHubIssuer, audience: "https://example.com", rules: new ClaimRuleSet
        {
            Rules = [new ClaimRule { Claim = "repository_owner", Compare = "eq", Value = "acme" }],
        });

        var response = await world.GetAsync("/api/v1/user", Fixture("github-actions-2025-03-rgl/token.jwt").Trim());

        await IntegrationWorld.AssertRejectedAsync(response, "claim mismatch: claim \"repository_owner\" must be \"acme\", but was \"rgl\"");
        Assert.Equal(0, github.DiscoveryRequests + github.JwksRequests);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static string Fixture(string relativePath) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", relativePath));
}
