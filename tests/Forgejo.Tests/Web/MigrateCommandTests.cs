using Forgejo.Persistence;
using Forgejo.Tests.Infrastructure;
using Forgejo.Web.Cli;

namespace Forgejo.Tests.Web;

public sealed class MigrateCommandTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Migrate_prints_each_id_it_runs_and_status_lists_them_as_applied(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var before = await CliRunner.RunAsync(database, "migrate", "status");
        Assert.Equal(1, before.ExitCode);
        Assert.Matches(@"pending\s+-\s+v14a_create-user-and-repository", before.Output);
        Assert.Contains("0 applied, 2 pending, 0 unknown", before.Output);

        var migrate = await CliRunner.RunAsync(database, "migrate");
        Assert.Equal(0, migrate.ExitCode);
        Assert.Equal(
            ["Migration[v14a_create-user-and-repository]", "Migration[v16a_add_authorized_integration]", "Applied 2 migration(s); database is up to date."],
            migrate.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

        var after = await CliRunner.RunAsync(database, "migrate", "status");
        Assert.Equal(0, after.ExitCode);
        Assert.Matches(@"applied\s+\d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ\s+v16a_add_authorized_integration", after.Output);
        Assert.Contains("2 applied, 0 pending, 0 unknown", after.Output);

        var again = await CliRunner.RunAsync(database, "migrate");
        Assert.Equal(0, again.ExitCode);
        Assert.Equal("Database is up to date.", again.Output.Trim());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Status_marks_unknown_ids_and_migrate_refuses_them_in_one_line(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        Assert.Equal(0, (await CliRunner.RunAsync(database, "migrate")).ExitCode);
        await database.ExecuteAsync("INSERT INTO forgejo_migration (id, created_unix) VALUES ('v99a_from-the-future', 1767225600)");

        var status = await CliRunner.RunAsync(database, "migrate", "status");
        Assert.Equal(1, status.ExitCode);
        Assert.Matches(@"unknown\s+2026-01-01 00:00:00Z\s+v99a_from-the-future", status.Output);

        var migrate = await CliRunner.RunAsync(database, "migrate");
        Assert.Equal(1, migrate.ExitCode);
        Assert.StartsWith("forgejo: The database has 1 migration(s) (v99a_from-the-future) for a newer version of Forgejo", migrate.Error);
        Assert.Single(migrate.Error.Trim().Split('\n'));
    }

    [Theory]
    [InlineData("--Database:Provider=oracle", "forgejo: Database:Provider \"oracle\" is not supported; use sqlite, postgres or mysql.")]
    [InlineData("--Database:Provider=postgres", "forgejo: Database:ConnectionString is required for Database:Provider \"postgres\".")]
    public async Task Configuration_mistakes_are_one_line_and_exit_1(string argument, string expected)
    {
        var result = await CliRunner.RunRawAsync("migrate", argument);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(expected, result.Error.Trim());
    }

    [Fact]
    public async Task An_unreachable_database_is_one_line_and_exit_1()
    {
        var result = await CliRunner.RunRawAsync("migrate", "--Database:Provider=postgres",
            "--Database:ConnectionString=Host=127.0.0.1;Port=1;Username=x;Password=y;Timeout=3");
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("forgejo: ", result.Error);
        Assert.Single(result.Error.Trim().Split('\n'));
    }

    [Theory]
    [InlineData(new[] { "frobnicate" }, "forgejo: unknown command or argument \"frobnicate\" (see --help)")]
    [InlineData(new[] { "migrate", "stauts" }, "forgejo: unknown command or argument \"stauts\" (see --help)")]
    [InlineData(new[] { "admin", "user", "generate-access-token", "--username", "a", "--token-name", "t", "--scope", "read:user" },
        "forgejo: unknown option --scope: settings are given as --Section:Key=value (see --help)")]
    public async Task Unknown_commands_and_options_are_refused_not_ignored(string[] args, string expected)
    {
        var result = await CliRunner.RunRawAsync(args);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(expected, result.Error.Trim());
        Assert.Equal("", result.Output);
    }
}
