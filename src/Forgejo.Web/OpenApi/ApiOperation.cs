using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Forgejo.Web.OpenApi;

internal static class ApiOperation
{
    public const string ProblemContentType = "application/problem+json";
    private const string ProblemSchemaId = "ProblemDetails";

    public static bool IsV1(OpenApiOperationTransformerContext context) =>
        context.Description.RelativePath?.StartsWith("api/v1/", StringComparison.Ordinal) == true;

    /// <summary>A reference to the problem-details schema, adding it to the components first if no endpoint has yet.</summary>
    public static async Task<IOpenApiSchema> ProblemSchemaAsync(OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var document = context.Document!;
        if (document.Components?.Schemas?.ContainsKey(ProblemSchemaId) != true)
        {
            var schema = await context.GetOrCreateSchemaAsync(typeof(ProblemDetails), null, cancellationToken);
            document.AddComponent(ProblemSchemaId, schema);
        }

        return new OpenApiSchemaReference(ProblemSchemaId, document);
    }
}
