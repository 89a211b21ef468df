using System.Reflection;
using System.Reflection.Emit;
using Forgejo.Persistence;
using Forgejo.Persistence.MigrationEngine;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Forgejo.Bench.Migrations;

/// <summary>The base of every synthetic migration: a real EF migration whose <c>Up</c> changes nothing.</summary>
public abstract class SyntheticMigration : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
    }
}

/// <summary>
/// Emits <c>count</c> migration classes per provider context into one dynamic assembly, as compiled migrations would
/// be: a type deriving from <see cref="Migration"/> with <c>[DbContext(typeof(&lt;provider context&gt;))]</c> and
/// <c>[Migration("v9000a_synthetic_0001")]</c>. The assembly holds the sets of all three contexts, like
/// Forgejo.Persistence does, so discovery scans three times as many types as it keeps. The real
/// <see cref="ForgejoMigrationsAssembly"/> discovers them once the context's migrations assembly points here.
/// </summary>
public sealed class SyntheticMigrations
{
    /// <summary>
    /// A cycle number far above the real ones, so every synthetic id sorts after every real id. The letter is required:
    /// <c>v9000_synthetic_0001</c> (no letter after the cycle number) is not a valid Forgejo id.
    /// </summary>
    public const string Prefix = "v9000a_synthetic_";

    private SyntheticMigrations(Assembly assembly, IReadOnlyList<string> ids)
    {
        Assembly = assembly;
        Ids = ids;
    }

    public Assembly Assembly { get; }

    /// <summary>The ids, the same for every provider, in ordinal order.</summary>
    public IReadOnlyList<string> Ids { get; }

    public static SyntheticMigrations Emit(int count)
    {
        var width = Math.Max(4, count.ToString(System.Globalization.CultureInfo.InvariantCulture).Length);
        var ids = Enumerable.Range(1, count)
            .Select(i => Prefix + i.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(width, '0'))
            .ToList();

        var name = new AssemblyName("Forgejo.Bench.SyntheticMigrations");
        var assembly = AssemblyBuilder.DefineDynamicAssembly(name, AssemblyBuilderAccess.Run);
        var module = assembly.DefineDynamicModule(name.Name!);
        var contextAttribute = typeof(DbContextAttribute).GetConstructor([typeof(Type)])!;
        var migrationAttribute = typeof(MigrationAttribute).GetConstructor([typeof(string)])!;
        foreach (var provider in Enum.GetValues<DatabaseProvider>())
        {
            var contextType = ForgejoDbContextFactory.ContextType(provider);
            foreach (var id in ids)
            {
                var type = module.DefineType($"Synthetic.{provider}.{id}",
                    TypeAttributes.Public | TypeAttributes.Sealed | TypeAttributes.Class, typeof(SyntheticMigration));
                type.SetCustomAttribute(new CustomAttributeBuilder(contextAttribute, [contextType]));
                type.SetCustomAttribute(new CustomAttributeBuilder(migrationAttribute, [id]));
                type.DefineDefaultConstructor(MethodAttributes.Public);
                type.CreateType();
            }
        }

        return new SyntheticMigrations(assembly, ids);
    }

    /// <summary>Every id is a valid Forgejo id, the ids are in ordinal order, and all sort after <paramref name="realIds"/>.</summary>
    public void Check(IEnumerable<string> realIds)
    {
        var invalid = Ids.Where(id => !MigrationId.IsValid(id)).ToList();
        Checks.That(invalid.Count == 0, $"synthetic ids are not valid Forgejo ids: {string.Join(", ", invalid.Take(3))}");
        Checks.That(Ids.Order(MigrationId.Order).SequenceEqual(Ids), "synthetic ids are not in ordinal order");
        var last = realIds.Max(MigrationId.Order);
        Checks.That(MigrationId.Order.Compare(Ids[0], last) > 0, $"synthetic id {Ids[0]} does not sort after the real {last}");
    }
}
