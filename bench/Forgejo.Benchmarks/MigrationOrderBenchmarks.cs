using System.Reflection;
using BenchmarkDotNet.Attributes;
using Forgejo.Persistence.MigrationEngine;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Forgejo.Benchmarks;

/// <summary>
/// Ordering and status of 10,000 synthetic migration ids (Forgejo-style <c>v&lt;n&gt;&lt;letter&gt;_name</c>, given in a
/// shuffled order as reflection returns types): the ordinal sort, the <see cref="SortedList{TKey,TValue}"/> that
/// <c>ForgejoMigrationsAssembly</c> builds, and <see cref="StepwiseMigration.Plan"/> for an up-to-date database and an
/// empty one.
/// </summary>
[MemoryDiagnoser]
public class MigrationOrderBenchmarks
{
    private const int Count = 10_000;
    private string[] _shuffled = [];
    private string[] _applied = [];
    private StepwiseMigration _stepwise = null!;

    [GlobalSetup]
    public void Setup()
    {
        var ids = Enumerable.Range(0, Count).Select(i => $"v{i / 26}{(char)('a' + i % 26)}_synthetic_migration_{i}").ToArray();
        _shuffled = ids.OrderBy(_ => Random.Shared.Next()).ToArray();
        _applied = [.. _shuffled];
        var sorted = new SortedList<string, TypeInfo>(Count, MigrationId.Order);
        foreach (var id in _shuffled)
        {
            sorted.Add(id, typeof(Migration).GetTypeInfo());
        }

        _stepwise = new StepwiseMigration(new SyntheticMigrations(sorted), null!, "bench");
    }

    [Benchmark]
    public string[] OrdinalSort()
    {
        var copy = (string[])_shuffled.Clone();
        Array.Sort(copy, MigrationId.Order);
        return copy;
    }

    [Benchmark]
    public SortedList<string, TypeInfo> SortedListAsDiscovered()
    {
        var sorted = new SortedList<string, TypeInfo>(Count, MigrationId.Order);
        foreach (var id in _shuffled)
        {
            sorted.Add(id, typeof(Migration).GetTypeInfo());
        }

        return sorted;
    }

    [Benchmark]
    public int PlanUpToDate() => _stepwise.Plan(_applied, null).Count;

    [Benchmark]
    public int PlanEmptyDatabase() => _stepwise.Plan([], null).Count;

    private sealed class SyntheticMigrations(IReadOnlyDictionary<string, TypeInfo> migrations) : IMigrationsAssembly
    {
        public IReadOnlyDictionary<string, TypeInfo> Migrations => migrations;
        public ModelSnapshot? ModelSnapshot => null;
        public Assembly Assembly => typeof(SyntheticMigrations).Assembly;
        public string? FindMigrationId(string nameOrId) => migrations.ContainsKey(nameOrId) ? nameOrId : null;
        public Migration CreateMigration(TypeInfo migrationClass, string activeProvider) => throw new NotSupportedException();
    }
}
