using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.Extensions.DependencyInjection;

namespace Forgejo.Persistence.DesignTime;

/// <summary>Design-time-only replacements; <c>dotnet ef</c> finds this class in the startup project (this one).</summary>
public sealed class ForgejoDesignTimeServices : IDesignTimeServices
{
    public void ConfigureDesignTimeServices(IServiceCollection services) =>
        services.AddScoped<IMigrationsScaffolder, ForgejoMigrationsScaffolder>();
}
