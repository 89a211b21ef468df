using Forgejo.Web.Api;
using Forgejo.Web.Auth;
using Forgejo.Web.AuthorizedIntegrations;
using Forgejo.Web.Endpoints;
using Microsoft.AspNetCore.Authentication;

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
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = ApiProblem.Customize);
        builder.Services.AddMemoryCache();
        builder.Services.AddScoped<AccessTokenStore>();
        builder.Services.AddScoped<AuthorizedIntegrationService>();
        // No default scheme: the framework's automatic authentication middleware would then run before the exception
        // handler; /api/v1 authenticates explicitly (UseApiAuthentication) inside the pipeline instead.
        builder.Services.AddAuthentication().AddApiSchemes(builder.Configuration);
        builder.Services.AddOpenApi(Forgejo.Web.OpenApi.ForgejoOpenApi.Configure);
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseWhen(http => http.Request.Path.StartsWithSegments("/api/v1"), api => api.UseApiAuthentication());
        app.MapOpenApi();
        app.MapHealthEndpoints();
        var v1 = app.MapGroup("/api/v1");
        v1.MapUserEndpoints();
        v1.MapRepositoryEndpoints();
        v1.MapAuthorizedIntegrationEndpoints();
        return app;
    }

    public static async Task RunAsync(string[] args, CancellationToken cancellationToken)
    {
        await using var app = Build(args);
        // Settings are checked before anything touches the database, so a typo stops the start with one line.
        app.Services.GetRequiredService<Microsoft.Extensions.Options.IStartupValidator>().Validate();
        await StartupMigration.RunAsync(app.Services, cancellationToken);
        await app.RunAsync(cancellationToken);
    }
}
