using Microsoft.EntityFrameworkCore.Migrations;

namespace Forgejo.Persistence.MigrationEngine;

/// <summary>
/// Replaces EF's timestamp ids: the name given to <c>dotnet ef migrations add</c> is the id, and the id is its own name
/// (description parts repeat across cycles in Forgejo, e.g. <c>v14a_add-svg-avatars</c> and <c>v15a_add-svg-avatars</c>).
/// </summary>
public sealed class ForgejoMigrationsIdGenerator : IMigrationsIdGenerator
{
    public string GenerateId(string name) =>
        MigrationId.IsValid(name)
            ? name
            : throw new InvalidMigrationIdException(
                $"\"{name}\" is not a Forgejo migration id. Name the migration {MigrationId.FormatDescription}; " +
                "take the newest migration's cycle number, and the next letter when it depends on an earlier migration of the same cycle.");

    public string GetName(string id) => id;

    public bool IsValidId(string value) => MigrationId.IsValid(value);
}
