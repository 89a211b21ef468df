using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Forgejo.Web.OpenApi;

/// <summary>
/// Documents the errors every <c>/api/v1</c> operation can answer with, whether or not its endpoint declared them:
/// 401 and 403 (authentication and scopes, for every operation), 404 (operations with path parameters), 400 and 422
/// (operations with a JSON body; 400 also for a malformed <c>{id}</c>). All are <c>application/problem+json</c>.
/// </summary>
internal sealed class ErrorResponsesOperationTransformer : IOpenApiOperationTransformer
{
    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (!ApiOperation.IsV1(context) || context.Document is null)
        {
            return;
        }

        var hasBody = operation.RequestBody is not null;
        var pathParameters = context.Description.ParameterDescriptions
            .Where(p => p.Source == Microsoft.AspNetCore.Mvc.ModelBinding.BindingSource.Path).Select(p => p.Name).ToList();
        var errors = new SortedDictionary<int, string>
        {
            [StatusCodes.Status401Unauthorized] =
                "Unauthorized: no token where one is required (`token is required`), or a token that does not authenticate (`invalid access token`).",
            [StatusCodes.Status403Forbidden] =
                "Forbidden: the token lacks a required scope (`token does not have at least one of required scope(s): [...]`), " +
                "the account is inactive or prohibited from signing in, or the caller may not do this.",
        };
        if (pathParameters.Count > 0)
        {
            errors[StatusCodes.Status404NotFound] = "Not found, or not visible to the caller (`The target couldn't be found.`).";
        }

        if (hasBody || pathParameters.Contains("id"))
        {
            errors[StatusCodes.Status400BadRequest] = hasBody
                ? "Bad request: the body is empty, not a JSON object, not JSON, or larger than 1 MiB" +
                  (pathParameters.Contains("id") ? "; or `{id}` is not a positive 64-bit integer." : ".")
                : "Bad request: `{id}` is not a positive 64-bit integer.";
        }

        if (hasBody)
        {
            errors[StatusCodes.Status422UnprocessableEntity] =
                "Unprocessable: a field has the wrong JSON type or an invalid value (the `message` names it).";
        }

        // The handlers bind {id} as a string so that a bad value is a 400 with a message; the contract is a positive int64.
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (parameter is { In: ParameterLocation.Path, Name: "id" })
            {
                parameter.Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int64", Minimum = "1" };
            }
        }

        operation.Responses ??= new OpenApiResponses();
        var problem = await ApiOperation.ProblemSchemaAsync(context, cancellationToken);
        foreach (var (status, description) in errors)
        {
            var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!operation.Responses.TryGetValue(key, out var response))
            {
                operation.Responses[key] = new OpenApiResponse
                {
                    Description = description,
                    Content = new Dictionary<string, OpenApiMediaType> { [ApiOperation.ProblemContentType] = new() { Schema = problem } },
                };
            }
            else if (response is OpenApiResponse declared)
            {
                declared.Description = description;
            }
        }

        // Any other declared problem response (e.g. 409) keeps its content; give it a description if it has none.
        foreach (var (key, response) in operation.Responses)
        {
            if (response is OpenApiResponse { Description: null or "" } bare && int.TryParse(key, out var code))
            {
                bare.Description = Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(code);
            }
        }

        var sorted = operation.Responses.OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
        operation.Responses.Clear();
        foreach (var (key, response) in sorted)
        {
            operation.Responses[key] = response;
        }
    }
}
