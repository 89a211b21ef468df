using System.Text.Json.Serialization;
using Forgejo.Persistence;
using Forgejo.Persistence.MigrationEngine;

namespace Forgejo.Web.Endpoints;

public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/healthz", GetHealthAsync)
            .WithName("Healthz").WithTags("health")
            .WithSummary("The database in use and whether its migrations are up to date.")
            .Produces<HealthResponse>().Produces<HealthResponse>(StatusCodes.Status503ServiceUnavailable);
        return endpoints;
    }

    private static async Task<IResult> GetHealthAsync(ForgejoDbContext context, CancellationToken cancellationToken)
    {
        var status = await MigrationStatusReader.ReadAsync(context, cancellationToken);
        var health = new HealthResponse(
            status.IsUpToDate ? "pass" : "fail",
            context.Provider.ToString().ToLowerInvariant(),
            new MigrationsHealth(status.IsUpToDate, status.Pending.ToList(), status.Unknown.ToList()));
        return status.IsUpToDate ? Results.Ok(health) : Results.Json(health, statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    public sealed record HealthResponse(
        [property: JsonPropertyName("status")] string Status,
        [property: JsonPropertyName("database")] string Database,
        [property: JsonPropertyName("migrations")] MigrationsHealth Migrations);

    public sealed record MigrationsHealth(
        [property: JsonPropertyName("up_to_date")] bool UpToDate,
        [property: JsonPropertyName("pending")] IReadOnlyList<string> Pending,
        [property: JsonPropertyName("unknown")] IReadOnlyList<string> Unknown);
}
