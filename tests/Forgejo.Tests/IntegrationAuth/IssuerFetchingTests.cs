using System.Net;
using Forgejo.Persistence;
using Forgejo.Tests.Infrastructure.Issuer;
using Forgejo.Web.Auth.IntegrationJwt.Fetching;

namespace Forgejo.Tests.IntegrationAuth;

/// <summary>
/// The fetch rules for discovery documents and key sets: where a fetch may go, what a response may be, how long it may
/// take, and how the cache shares, refreshes and protects fetches. The database plays no part here, so SQLite suffices.
/// </summary>
public sealed class IssuerFetchingTests
{
    private const DatabaseProvider Sqlite = DatabaseProvider.Sqlite;

    [Fact]
    public async Task Loopback_issuers_are_refused_unless_local_networks_are_allowed()
    {
        var world = await IntegrationWorld.CreateAsync(Sqlite, null, "--AuthorizedIntegration:AllowLocalNetworks=false");
        await using var issuer = await TestIssuer.StartAsync(await SharedIssuer.CaAsync());

        var response = await SendValidTokenAsync(world, issuer);

        await IntegrationWorld.AssertRejectedAsync(response, "authorized integration can only call allowed HTTP servers");
        await IntegrationWorld.AssertRejectedAsync(response, "deny '127.0.0.1(127.0.0.1)'");
        Assert.Equal(0, issuer.DiscoveryRequests);
    }

    [Fact]
    public async Task A_name_that_resolves_to_the_metadata_address_is_refused_even_with_local_networks_allowed()
    {
        var world = await IntegrationWorld.CreateAsync(Sqlite, services =>
            services.AddSingleton<IHostResolver>(new FixedResolver(IPAddress.Parse("169.254.169.254"))));
        await using var issuer = await TestIssuer.StartAsync(await SharedIssuer.CaAsync(), hostName: "metadata.example.com");

        var response = await SendValidTokenAsync(world, issuer);

        await IntegrationWorld.AssertRejectedAsync(response, "deny 'metadata.example.com(169.254.169.254)'");
    }

    [Fact]
    public async Task An_ipv4_mapped_loopback_address_is_loopback()
    {
        var world = await IntegrationWorld.CreateAsync(Sqlite, services =>
            services.AddSingleton<IHostResolver>(new FixedResolver(IPAddress.Parse("::ffff:127.0.0.1"))), "--AuthorizedIntegration:AllowLocalNetworks=false");
        await using var issuer = await TestIssuer.StartAsync(await SharedIssuer.CaAsync(), hostName: "rebind.example.com");

        var response = await SendValidTokenAsync(world, issuer);

        await IntegrationWorld.AssertRejectedAsync(response, "deny 'rebind.example.com(127.0.0.1)'");
    }

    [Fact]
    public async Task An_allowed_domain_is_fetched_whatever_it_resolves_to_and_a_blocked_one_never()
    {
        await using var issuer = await TestIssuer.StartAsync(await SharedIssuer.CaAsync());
        var allowed = await IntegrationWorld.CreateAsync(Sqlite, null,
            "--AuthorizedIntegration:AllowLocalNetworks=false", "--AuthorizedIntegration:AllowedDomains:0=127.0.0.1");
        await allowed.AssertAcceptedAsync(await SendValidTokenAsync(allowed, issuer));

        var blocked = await IntegrationWorld.CreateAsync(Sqlite, null,
            "--AuthorizedIntegration:AllowedDomains:0=127.0.0.1", "--AuthorizedIntegration:BlockedDomains:0=127.0.0.*");
        await IntegrationWorld.AssertRejectedAsync(await SendValidTokenAsync(blocked, issuer), "authorized integration can not call blocked HTTP servers");
    }

    [Theory]
    [InlineData(IssuerBehaviour.Redirect, "authorized integration: HTTP redirects are disabled")]
    [InlineData(IssuerBehaviour.NotFound, "non-OK response code: 404 Not Found")]
    [InlineData(IssuerBehaviour.Oversized, "failed to decode (response body restricted to 16384 bytes)")]
    public async Task Discovery_responses_other_than_a_small_200_are_refused(IssuerBehaviour behaviour, string reason)
    {
        var world = await IntegrationWorld.ForAsync(Sqlite);
        await using var issuer = await TestIssuer.StartAsync(await SharedIssuer.CaAsync());
        issuer.DiscoveryBehaviour = behaviour;

        await IntegrationWorld.AssertRejectedAsync(await SendValidTokenAsync(world, issuer), reason);
    }

    [Fact]
    public async Task A_body_streamed_slowly_without_end_is_cut_off_by_the_timeout()
    {
        var world = await IntegrationWorld.CreateAsync(Sqlite, null, "--AuthorizedIntegration:RequestTimeout=00:00:02");
        await using var issuer = await TestIssuer.StartAsync(await SharedIssuer.CaAsync());
        issuer.JwksBehaviour = IssuerBehaviour.SlowEndless;

        await IntegrationWorld.AssertRejectedAsync(await SendValidTokenAsync(world, issuer), "no complete response within 2 s");
    }

    [Fact]
    public async Task An_issuer_that_never_answers_fails_after_the_timeout_without_holding_up_other_requests()
    {
        var world = await IntegrationWorld.CreateAsync(Sqlite, null, "--AuthorizedIntegration:RequestTimeout=00:00:03");
        await using var silent = await TestIssuer.StartAsync(await SharedIssuer.CaAsync());
        await using var healthy = await TestIssuer.StartAsync(await SharedIssuer.CaAsync());
        silent.DiscoveryBehaviour = IssuerBehaviour.NeverAnswers;

        var waiting = SendValidTokenAsync(world, silent);
        await world.AssertAcceptedAsync(await SendValidTokenAsync(world, healthy));
        Assert.False(waiting.IsCompleted, "the request to the silent issuer finished before the healthy one");

        await IntegrationWorld.AssertRejectedAsync(await waiting, "no complete response within 3 s");
    }

    [Fact]
    public async Task Concurrent_first_requests_share_one_discovery_and_one_key_fetch()
    {
        var world = await IntegrationWorld.ForAsync(Sqlite);
        await using var issuer = await TestIssuer.StartAsync(await SharedIssuer.CaAsync());
        var audience = $"u:{world.Owner.Id}:{Guid.NewGuid()}";
        await world.AddIntegrationAsync(issuer.Issuer, audience: audience);
        var token = issuer.Sign(issuer.Claims(audience, IntegrationWorld.Now, ("custom-claim", "custom-claim-value")));

        var responses = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => world.GetAsync("/api/v1/user", token)));

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        Assert.Equal(1, issuer.DiscoveryRequests);
        Assert.Equal(1, issuer.JwksRequests);
    }

    [Fact]
    public async Task A_rotated_key_works_at_once_and_unknown_kids_refetch_at_most_once_per_interval()
    {
        var world = await IntegrationWorld.CreateAsync(Sqlite);
        await using var issuer = await TestIssuer.StartAsync(await SharedIssuer.CaAsync());
        var audience = $"u:{world.Owner.Id}:{Guid.NewGuid()}";
        await world.AddIntegrationAsync(issuer.Issuer, audience: audience);
        var claims = issuer.Claims(audience, IntegrationWorld.Now, ("custom-claim", "custom-claim-value"));
        await world.AssertAcceptedAsync(await world.GetAsync("/api/v1/user", issuer.Sign(claims)));
        Assert.Equal(1, issuer.JwksRequests);

        // The issuer rotates: the old key is gone, a new one signs. The cached key set lacks the new kid: one refetch.
        using var rotated = SigningKey.Create("RS256");
        issuer.Keys.Clear();
        issuer.Keys.Add(rotated);
        await world.AssertAcceptedAsync(await world.GetAsync("/api/v1/user", rotated.Sign(claims)));
        Assert.Equal(2, issuer.JwksRequests);

        // A flood of made-up kids inside the interval reaches the issuer not once more.
        using var forger = SigningKey.Create("RS256", "kid-0");
        for (var i = 0; i < 30; i++)
        {
            var forged = SigningKey.Create("RS256", $"forged-{i}");
            using (forged)
            {
                await IntegrationWorld.AssertRejectedAsync(await world.GetAsync("/api/v1/user", forged.Sign(claims)), $"JWT was signed with key \"forged-{i}\"");
            }
        }

        Assert.Equal(2, issuer.JwksRequests);

        // After the interval, one more refetch is allowed, and again only one.
        world.Clock.Advance(TimeSpan.FromSeconds(61));
        for (var i = 0; i < 5; i++)
        {
            await IntegrationWorld.AssertRejectedAsync(await world.GetAsync("/api/v1/user", forger.Sign(claims)), "no key identified");
        }

        Assert.Equal(3, issuer.JwksRequests);
    }

    private static async Task<HttpResponseMessage> SendValidTokenAsync(IntegrationWorld world, TestIssuer issuer)
    {
        var audience = $"u:{world.Owner.Id}:{Guid.NewGuid()}";
        await world.AddIntegrationAsync(issuer.Issuer, audience: audience);
        return await world.GetAsync("/api/v1/user", issuer.Sign(issuer.Claims(audience, IntegrationWorld.Now, ("custom-claim", "custom-claim-value"))));
    }

    /// <summary>Answers every name with one address, as a DNS server under an attacker's control would.</summary>
    private sealed class FixedResolver(IPAddress address) : IHostResolver
    {
        public Task<IReadOnlyList<IPEndPoint>> ResolveAsync(string host, int port, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<IPEndPoint>>([new IPEndPoint(address, port)]);
    }
}
