using System.Globalization;
using Forgejo.Persistence;
using Forgejo.Tests.Infrastructure;
using Forgejo.Tests.Migrations.Scenarios;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Forgejo.Tests.Migrations;

public sealed class MigrationOrderingTests
{
    // Byte-wise order, as Go's strings.Compare: '-' (0x2D) < '.' (0x2E) < '_' (0x5F), "v100a" < "v14a", upper case first.
    private static readonly string[] OrdinalOrder =
    [
        "v100a_future",
        "v14a_actions-approval-and-trust",
        "v14a_add-action_task-index",
        "v14a_add_zeta",
        "v16a_add-actions-task-token-scope",
        "v16a_add.x",
        "v16a_add_authorized_integration",
        "v16b_Upper",
    ];

    public static TheoryData<DatabaseProvider, string> ProvidersAndCultures()
    {
        var data = new TheoryData<DatabaseProvider, string>();
        foreach (var provider in DatabaseServers.Available())
        {
            foreach (var culture in new[] { "en-US", "da-DK", "" })
            {
                data.Add(provider, culture);
            }
        }

        return data;
    }

    [Fact]
    public void Culture_order_differs_from_ordinal_order_for_these_ids()
    {
        // Guards the premise of the tests below: stock EF's culture sort would get these ids wrong.
        var culture = OrdinalOrder.Order(StringComparer.Create(CultureInfo.GetCultureInfo("en-US"), ignoreCase: false)).ToArray();
        Assert.NotEqual(OrdinalOrder, culture);
    }

    [Theory]
    [MemberData(nameof(ProvidersAndCultures))]
    public async Task Migrations_are_listed_applied_and_scripted_in_ordinal_order(DatabaseProvider provider, string cultureName)
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(cultureName);
        try
        {
            await using var database = await TestDatabase.CreateAsync(provider);
            await using var context = database.CreateContext<OrderingScenario>();

            Assert.Equal(OrdinalOrder, context.Database.GetMigrations());
            Assert.Equal(OrdinalOrder, context.Database.GetPendingMigrations());

            var script = context.GetService<IMigrator>().GenerateScript();
            var scriptedOrder = OrdinalOrder.OrderBy(id => script.IndexOf($"'{id}'", StringComparison.Ordinal)).ToArray();
            Assert.Equal(OrdinalOrder, scriptedOrder);

            await context.Database.MigrateAsync();
            Assert.Equal(OrdinalOrder, await MigrationLog.ReadAsync(database));
            Assert.Equal(OrdinalOrder.Order(StringComparer.Ordinal), (await MigrationLog.HistoryAsync(database)).Order(StringComparer.Ordinal));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
