using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Forgejo.Web.OpenApi;

/// <summary>
/// The OpenAPI document served at <c>/openapi/v1.json</c>: every endpoint under <c>/api</c>, the token security scheme,
/// the scopes each operation needs and the problem-details errors. Registered with
/// <c>builder.Services.AddOpenApi(ForgejoOpenApi.Configure)</c> and served by <c>app.MapOpenApi()</c>.
/// </summary>
public static class ForgejoOpenApi
{
    public const string DocumentName = "v1";
    public const string DocumentPath = "/openapi/v1.json";

    public static void Configure(OpenApiOptions options)
    {
        options.OpenApiVersion = OpenApiSpecVersion.OpenApi3_1;
        options.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
        options.AddDocumentTransformer<DocumentInfoTransformer>();
        options.AddSchemaTransformer<NumberSchemaTransformer>();
        options.AddSchemaTransformer<ProblemSchemaTransformer>();
        options.AddDocumentTransformer<ClaimRulesSchemaTransformer>();
        options.AddOperationTransformer<SecurityOperationTransformer>();
        options.AddOperationTransformer<ErrorResponsesOperationTransformer>();
    }
}
