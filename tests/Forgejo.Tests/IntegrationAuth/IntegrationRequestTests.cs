using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Forgejo.Persistence;
using Forgejo.Tests.Infrastructure.Issuer;
using Forgejo.Web.Auth.IntegrationJwt;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Forgejo.Tests.IntegrationAuth;

/// <summary>What a successful or failed integration request leaves behind: last use, logs, and server errors.</summary>
public sealed class IntegrationRequestTests
{
    [Fact]
    public async Task Last_use_is_recorded_at_most_once_a_minute()
    {
        var world = await IntegrationWorld.CreateAsync(DatabaseProvider.Sqlite);
        await using var issuer = await TestIssuer.StartAsync(await SharedIssuer.CaAsync());
        var integration = await world.AddIntegrationAsync(issuer.Issuer);
        var recorder = world.Server.Services.GetRequiredService<LastUsedRecorder>();

        async Task<long> UseAsync()
        {
            var token = issuer.Sign(issuer.Claims(integration.Audience, world.Clock.GetUtcNow(), ("custom-claim", "custom-claim-value")));
            await world.AssertAcceptedAsync(await world.GetAsync("/api/v1/user", token));
            await recorder.FlushAsync(CancellationToken.None);
            await using var scope = world.Server.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ForgejoDbContext>();
            return db.AuthorizedIntegrations.Where(i => i.Id == integration.Id).Select(i => i.UpdatedUnix).Single();
        }

        var first = IntegrationWorld.Now.ToUnixTimeSeconds();
        Assert.Equal(first, await UseAsync());
        world.Clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(first, await UseAsync());
        world.Clock.Advance(TimeSpan.FromSeconds(61));
        Assert.Equal(first + 63, await UseAsync());
    }

    [Fact]
    public async Task The_user_endpoint_answers_from_the_current_row_while_the_integration_lookup_is_cached()
    {
        var world = await IntegrationWorld.CreateAsync(DatabaseProvider.Sqlite);
        await using var issuer = await TestIssuer.StartAsync(await SharedIssuer.CaAsync());
        var integration = await world.AddIntegrationAsync(issuer.Issuer);

        async Task<string?> FullNameAsync()
        {
            var token = issuer.Sign(issuer.Claims(integration.Audience, IntegrationWorld.Now, ("custom-claim", "custom-claim-value")));
            var response = await world.GetAsync("/api/v1/user", token);
            await world.AssertAcceptedAsync(response);
            using var user = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            return user.RootElement.GetProperty("full_name").GetString();
        }

        Assert.Equal($"{world.Owner.Name} Full", await FullNameAsync());
        await using (var scope = world.Server.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ForgejoDbContext>();
            await db.Users.Where(u => u.Id == world.Owner.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.FullName, "Renamed"));
        }

        // The integration and its owner are still cached (LookupCacheTtl), but the endpoint reads the row itself.
        Assert.Equal("Renamed", await FullNameAsync());
    }

    [Fact]
    public async Task No_token_content_reaches_the_logs()
    {
        var logs = new CapturingLoggerProvider();
        var world = await IntegrationWorld.CreateAsync(DatabaseProvider.Sqlite,
            services => services.AddSingleton<ILoggerProvider>(logs), "--Logging:LogLevel:Default=Debug");
        await using var issuer = await TestIssuer.StartAsync(await SharedIssuer.CaAsync());
        var integration = await world.AddIntegrationAsync(issuer.Issuer);
        const string secret = "s3cret-claim-value-7f3a";
        var rejected = issuer.Sign(issuer.Claims(integration.Audience, IntegrationWorld.Now, ("custom-claim", secret)));
        var accepted = issuer.Sign(issuer.Claims(integration.Audience, IntegrationWorld.Now, ("custom-claim", "custom-claim-value")));

        var response = await world.GetAsync("/api/v1/user", rejected);
        await IntegrationWorld.AssertRejectedAsync(response, secret);
        await world.AssertAcceptedAsync(await world.GetAsync("/api/v1/user", accepted));

        var messages = logs.Messages.ToList();
        Assert.Contains(messages, message => message.Contains($"integration {integration.Id}) at claim rules", StringComparison.Ordinal));
        Assert.DoesNotContain(messages, message => message.Contains(secret, StringComparison.Ordinal));
        foreach (var token in new[] { rejected, accepted })
        {
            Assert.DoesNotContain(messages, message => message.Contains(token.Split('.')[1], StringComparison.Ordinal)
                || message.Contains(token.Split('.')[2], StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task A_database_failure_during_the_lookup_is_a_500_not_a_401()
    {
        var world = await IntegrationWorld.CreateAsync(DatabaseProvider.Sqlite);
        await using var issuer = await TestIssuer.StartAsync(await SharedIssuer.CaAsync());
        var integration = await world.AddIntegrationAsync(issuer.Issuer);
        await using (var scope = world.Server.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ForgejoDbContext>();
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE authorized_integration RENAME TO authorized_integration_gone");
        }

        var response = await world.GetAsync("/api/v1/user", issuer.Sign(issuer.Claims(integration.Audience, IntegrationWorld.Now)));

        Assert.True(response.StatusCode == HttpStatusCode.InternalServerError, await response.Content.ReadAsStringAsync());
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(500, body.RootElement.GetProperty("status").GetInt32());
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        private readonly ConcurrentQueue<string> _messages = new();

        public IEnumerable<string> Messages => _messages;

        public ILogger CreateLogger(string categoryName) => new Logger(_messages);

        public void Dispose()
        {
        }

        private sealed class Logger(ConcurrentQueue<string> messages) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                messages.Enqueue(formatter(state, exception) + (exception is null ? "" : " " + exception));
        }
    }
}
