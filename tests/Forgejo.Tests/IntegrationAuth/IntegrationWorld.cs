using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text.Json;
using Forgejo.Domain.AuthorizedIntegrations;
using Forgejo.Domain.ClaimRules;
using Forgejo.Domain.Users;
using Forgejo.Persistence;
using Forgejo.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Forgejo.Tests.IntegrationAuth;

/// <summary>
/// One database and one running server per provider, shared by the authentication tests: the clock is frozen at
/// Forgejo's test time (2026-01-01 16:00 UTC), and each test brings its own issuer and integration rows.
/// </summary>
public sealed class IntegrationWorld
{
    public static readonly DateTimeOffset Now = new(2026, 1, 1, 16, 0, 0, TimeSpan.Zero);

    private static readonly ConcurrentDictionary<DatabaseProvider, Lazy<Task<IntegrationWorld>>> Worlds = new();

    private IntegrationWorld(RunningServer server, User owner, FakeTimeProvider clock)
    {
        Server = server;
        Owner = owner;
        Clock = clock;
    }

    public RunningServer Server { get; }
    public User Owner { get; }
    public FakeTimeProvider Clock { get; }

    public static Task<IntegrationWorld> ForAsync(DatabaseProvider provider) =>
        Worlds.GetOrAdd(provider, p => new Lazy<Task<IntegrationWorld>>(() => CreateAsync(p))).Value;

    /// <summary>A server of its own, for tests that change settings or the clock.</summary>
    public static Task<IntegrationWorld> CreateAsync(DatabaseProvider provider, Action<IServiceCollection>? services = null, params string[] args) =>
        CreateAsync(provider, Now, services, args);

    /// <summary>A server of its own whose clock starts at <paramref name="now"/>.</summary>
    public static async Task<IntegrationWorld> CreateAsync(DatabaseProvider provider, DateTimeOffset now, Action<IServiceCollection>? services, params string[] args)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var clock = new FakeTimeProvider(now);
        var server = await RunningServer.StartAsync(database, collection =>
        {
            collection.AddSingleton<TimeProvider>(clock);
            services?.Invoke(collection);
        }, args);
        var owner = await server.CreateUserAsync($"user{Guid.NewGuid():N}"[..12]);
        return new IntegrationWorld(server, owner, clock);
    }

    /// <summary>Stores an integration directly (as a migration or Forgejo would), bypassing the API's live issuer check.</summary>
    public async Task<AuthorizedIntegration> AddIntegrationAsync(string issuer, string scope = "all", ClaimRuleSet? rules = null,
        IEnumerable<long>? repositories = null, string? audience = null)
    {
        await using var scope_ = Server.Services.CreateAsyncScope();
        var db = scope_.ServiceProvider.GetRequiredService<ForgejoDbContext>();
        var repoIds = repositories?.ToList();
        var integration = new AuthorizedIntegration
        {
            UserId = Owner.Id,
            Name = "test",
            Scope = scope,
            ResourceAllRepos = repoIds is null,
            Issuer = issuer,
            Audience = audience ?? $"u:{Owner.Id}:{Guid.NewGuid()}",
            ClaimRules = rules ?? new ClaimRuleSet
            {
                Rules = [new ClaimRule { Claim = "custom-claim", Compare = "eq", Value = "custom-claim-value" }],
            },
            CreatedUnix = Now.ToUnixTimeSeconds() - 3600,
            UpdatedUnix = Now.ToUnixTimeSeconds() - 3600,
            ResourceRepos = repoIds?.Select(id => new AuthorizedIntegrationResourceRepo { RepoId = id, CreatedUnix = 1 }).ToList() ?? [],
        };
        db.AuthorizedIntegrations.Add(integration);
        await db.SaveChangesAsync();
        return integration;
    }

    public Task<HttpResponseMessage> GetAsync(string path, string? token, string scheme = "Bearer")
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue(scheme, token);
        }

        return Server.Client.SendAsync(request);
    }

    /// <summary>Asserts a 401 whose RFC 6750 header and problem body both carry <paramref name="reason"/>.</summary>
    public static async Task AssertRejectedAsync(HttpResponseMessage response, string reason)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Unauthorized, $"expected 401, got {(int)response.StatusCode}: {body}");
        var challenge = response.Headers.WwwAuthenticate.ToString();
        Assert.StartsWith("Bearer error=\"invalid_token\", error_description=\"", challenge);
        Assert.Contains(reason.Replace('"', '\''), challenge);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(body);
        Assert.Contains(reason, problem.RootElement.GetProperty("message").GetString());
        Assert.Equal(401, problem.RootElement.GetProperty("status").GetInt32());
    }

    public async Task AssertAcceptedAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.OK, $"expected 200, got {(int)response.StatusCode}: {body}");
        using var user = JsonDocument.Parse(body);
        Assert.Equal(Owner.Name, user.RootElement.GetProperty("login").GetString());
        Assert.Equal(Owner.Id, user.RootElement.GetProperty("id").GetInt64());
    }
}
