using Forgejo.Web.Endpoints;

namespace Forgejo.Web.Hosting;

/// <summary>Builds the web application; the <c>web</c> command runs it and the tests start it on loopback.</summary>
public static class ForgejoServer
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            // appsettings.json ships beside the executable; relative paths (DataPath) still resolve from the working directory.
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddForgejoDatabase(builder.Configuration);
        builder.Services.AddProblemDetails();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapHealthEndpoints();
        return app;
    }

    public static async Task RunAsync(string[] args, CancellationToken cancellationToken)
    {
        await using var app = Build(args);
        await StartupMigration.RunAsync(app.Services, cancellationToken);
        await app.RunAsync(cancellationToken);
    }
}
