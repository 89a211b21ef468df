using Forgejo.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Forgejo.Web.OpenApi;

/// <summary>
/// Turns <see cref="RequiredScopes"/> endpoint metadata into a security requirement (OpenAPI 3.1 lets a non-OAuth
/// requirement list role names: here, the token scopes) and a "Requires token scope" line in the description.
/// Operations under <c>/api/v1</c> without <see cref="IAllowAnonymous"/> metadata require a token; the others also
/// accept anonymous callers (an empty requirement).
/// </summary>
internal sealed class SecurityOperationTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (!ApiOperation.IsV1(context) || context.Document is null)
        {
            return Task.CompletedTask;
        }

        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var scopes = metadata.OfType<RequiredScopes>().LastOrDefault()?.Scopes ?? [];
        var anonymous = metadata.OfType<IAllowAnonymous>().Any();
        var scheme = TokenSecurityScheme.Ensure(context.Document);

        operation.Security = anonymous
            ? [new OpenApiSecurityRequirement(), new OpenApiSecurityRequirement { [scheme] = scopes.ToList() }]
            : [new OpenApiSecurityRequirement { [scheme] = scopes.ToList() }];

        var lines = new List<string>();
        if (scopes.Count > 0)
        {
            lines.Add(scopes.Count == 1
                ? $"Requires token scope: {scopes[0]}"
                : $"Requires token scopes: {string.Join(", ", scopes)} (all of them)");
        }

        lines.Add(anonymous
            ? "Anonymous callers are allowed (they see public repositories only)."
            : "Requires a token (anonymous callers get 401 `token is required`).");
        operation.Description = string.Join("\n\n", new[] { operation.Description }.Where(d => !string.IsNullOrEmpty(d)).Concat(lines));
        return Task.CompletedTask;
    }
}
