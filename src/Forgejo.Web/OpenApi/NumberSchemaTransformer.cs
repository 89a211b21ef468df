using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Forgejo.Web.OpenApi;

/// <summary>
/// The web JSON defaults read numbers from strings too, so the generator writes integers as <c>integer | string</c> with
/// a pattern. The API writes numbers as JSON numbers and parses request bodies strictly (<see cref="Api.ApiJson"/>), so
/// the document says <c>integer</c> (or <c>number</c>).
/// </summary>
internal sealed class NumberSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (schema.Type is { } type && (type & (JsonSchemaType.Integer | JsonSchemaType.Number)) != 0 && (type & JsonSchemaType.String) != 0)
        {
            schema.Type = type & ~JsonSchemaType.String;
            schema.Pattern = null;
        }

        return Task.CompletedTask;
    }
}
