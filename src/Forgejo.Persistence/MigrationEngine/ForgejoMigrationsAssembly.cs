using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Internal;

namespace Forgejo.Persistence.MigrationEngine;

/// <summary>
/// Lists the context's migrations in ordinal id order (EF sorts with the current culture, which gives a
/// machine-dependent order for ids such as <c>v16a_add-x</c> and <c>v16a_add_x</c>) and rejects malformed or
/// duplicate ids by name before anything runs.
/// </summary>
public sealed class ForgejoMigrationsAssembly(
    ICurrentDbContext currentContext,
    IDbContextOptions options,
    IMigrationsIdGenerator idGenerator,
    IDiagnosticsLogger<DbLoggerCategory.Migrations> logger)
    : MigrationsAssembly(currentContext, options, idGenerator, logger)
{
    private readonly Type _contextType = currentContext.Context.GetType();
    private IReadOnlyDictionary<string, TypeInfo>? _migrations;

    public override IReadOnlyDictionary<string, TypeInfo> Migrations => _migrations ??= Discover();

    private SortedList<string, TypeInfo> Discover()
    {
        var found = LoadableTypes(Assembly)
            .Where(type => type.IsSubclassOf(typeof(Migration))
                && !type.IsAbstract
                && type.GetCustomAttribute<DbContextAttribute>()?.ContextType == _contextType)
            .Select(type => (Id: type.GetCustomAttribute<MigrationAttribute>()?.Id, Type: type))
            .ToList();

        var problems = new List<string>();
        problems.AddRange(found.Where(m => m.Id is null).Select(m => $"{m.Type.FullName} has no [Migration] attribute"));
        problems.AddRange(found.Where(m => m.Id is not null && !MigrationId.IsValid(m.Id))
            .Select(m => $"\"{m.Id}\" ({m.Type.FullName}) does not match {MigrationId.FormatDescription}"));
        problems.AddRange(found.Where(m => m.Id is not null)
            .GroupBy(m => m.Id!, StringComparer.OrdinalIgnoreCase)
            .Where(group => group.Count() > 1)
            .Select(group => $"migration id is duplicated: \"{group.Key}\" ({string.Join(", ", group.Select(m => m.Type.FullName))})"));
        if (problems.Count > 0)
        {
            throw new InvalidMigrationIdException($"Invalid migrations for {_contextType.Name}: {string.Join("; ", problems)}.");
        }

        var ordered = new SortedList<string, TypeInfo>(found.Count, MigrationId.Order);
        foreach (var (id, type) in found)
        {
            ordered.Add(id!, type);
        }

        return ordered;
    }

    private static IEnumerable<TypeInfo> LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.DefinedTypes;
        }
        catch (ReflectionTypeLoadException ex)
        {
            // Design-time-only types (the scaffolder) cannot load at run time; migrations always can.
            return ex.Types.Where(type => type is not null).Select(type => type!.GetTypeInfo());
        }
    }
}
