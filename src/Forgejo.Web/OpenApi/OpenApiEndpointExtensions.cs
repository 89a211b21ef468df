using Microsoft.OpenApi;

namespace Forgejo.Web.OpenApi;

/// <summary>Describes what a handler reads by hand (and the generator therefore cannot see).</summary>
public static class OpenApiEndpointExtensions
{
    /// <summary>A query parameter the handler reads from <c>HttpRequest.Query</c>.</summary>
    public static TBuilder WithQueryParameter<TBuilder>(this TBuilder builder, string name, JsonSchemaType type, string description,
        int? minimum = null, int? defaultValue = null)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = name,
                In = ParameterLocation.Query,
                Description = description,
                Schema = new OpenApiSchema
                {
                    Type = type,
                    Minimum = minimum?.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Default = defaultValue is null ? null : System.Text.Json.Nodes.JsonValue.Create(defaultValue.Value),
                },
            });
            return Task.CompletedTask;
        });

    /// <summary>A response header the handler sets by hand.</summary>
    public static TBuilder WithResponseHeader<TBuilder>(this TBuilder builder, int status, string name, JsonSchemaType type, string description)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            if (operation.Responses?.TryGetValue(status.ToString(System.Globalization.CultureInfo.InvariantCulture), out var response) == true
                && response is OpenApiResponse declared)
            {
                declared.Headers ??= new Dictionary<string, IOpenApiHeader>();
                declared.Headers[name] = new OpenApiHeader { Description = description, Schema = new OpenApiSchema { Type = type } };
            }

            return Task.CompletedTask;
        });
}
