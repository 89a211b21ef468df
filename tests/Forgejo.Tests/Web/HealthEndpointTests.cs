using System.Net;
using System.Text.Json;
using Forgejo.Persistence;
using Forgejo.Tests.Infrastructure;

namespace Forgejo.Tests.Web;

public sealed class HealthEndpointTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_server_migrates_at_start_and_reports_its_database_as_up_to_date(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var server = await RunningServer.StartAsync(database);

        var response = await server.Client.GetAsync("/api/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("pass", body.RootElement.GetProperty("status").GetString());
        Assert.Equal(provider.ToString().ToLowerInvariant(), body.RootElement.GetProperty("database").GetString());
        Assert.True(body.RootElement.GetProperty("migrations").GetProperty("up_to_date").GetBoolean());
        Assert.Equal(0, body.RootElement.GetProperty("migrations").GetProperty("pending").GetArrayLength());
    }

    [Fact]
    public async Task Without_auto_migration_a_database_that_is_not_up_to_date_is_refused_with_one_clear_message()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var error = await Assert.ThrowsAsync<DatabaseConfigurationException>(
            () => RunningServer.StartAsync(database, "--Database:AutoMigrate=false"));
        Assert.Contains("missing migration(s) v14a_create-user-and-repository, v16a_add_authorized_integration", error.Message);
        Assert.Contains("forgejo migrate", error.Message);
    }

    [Fact]
    public async Task A_sqlite_server_switches_its_database_to_the_write_ahead_log()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using (await RunningServer.StartAsync(database))
        {
            Assert.Equal(["wal"], await database.QueryStringsAsync("PRAGMA journal_mode"));
        }
    }
}
