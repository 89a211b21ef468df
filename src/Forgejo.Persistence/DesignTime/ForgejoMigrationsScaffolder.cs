using Microsoft.EntityFrameworkCore.Migrations.Design;

namespace Forgejo.Persistence.DesignTime;

/// <summary>
/// Each provider keeps files with the same names (<c>v16a_add_authorized_integration.cs</c>) in its own folder; EF finds a
/// migration's file by name anywhere in the project, so <c>migrations remove</c> could delete another provider's file and
/// <c>migrations add</c> could write beside it. Here a context only ever sees its own folder.
/// </summary>
public sealed class ForgejoMigrationsScaffolder(MigrationsScaffolderDependencies dependencies) : MigrationsScaffolder(dependencies)
{
    protected override string? TryGetProjectFile(string projectDir, string fileName)
    {
        if (Dependencies.CurrentContext.Context is not ForgejoDbContext context)
        {
            return base.TryGetProjectFile(projectDir, fileName);
        }

        var path = Path.Combine(projectDir, MigrationsFolder.For(context.Provider), fileName);
        return File.Exists(path) ? path : null;
    }
}
