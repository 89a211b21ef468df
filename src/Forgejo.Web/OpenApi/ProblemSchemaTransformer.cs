using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Forgejo.Web.OpenApi;

/// <summary>Documents the members <see cref="Api.ApiProblem"/> adds to every problem-details body.</summary>
internal sealed class ProblemSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonPropertyInfo is null && typeof(ProblemDetails).IsAssignableFrom(context.JsonTypeInfo.Type))
        {
            schema.Description = "RFC 9457 problem details with Forgejo's `message` and `url` members.";
            schema.Properties ??= new Dictionary<string, IOpenApiSchema>();
            schema.Properties["message"] = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Description = "Forgejo's error message (the same text as `detail`); Forgejo clients read this member.",
            };
            schema.Properties["url"] = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Format = "uri",
                Description = "Where the API is described: this OpenAPI document.",
            };
        }

        return Task.CompletedTask;
    }
}
