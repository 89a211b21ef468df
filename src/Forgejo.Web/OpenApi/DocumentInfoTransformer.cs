using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Forgejo.Web.OpenApi;

/// <summary>Title, description and the security scheme of the document.</summary>
internal sealed class DocumentInfoTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Forgejo API (authorized integrations)",
            Version = "v1",
            Description =
                "Forgejo's `/api/v1` paths and JSON field names for users, repositories and authorized integrations. " +
                "Each operation's description names the token scope(s) it requires; a token needs all of them. " +
                "Errors are RFC 9457 problem details (`application/problem+json`) that also carry Forgejo's `message` " +
                "and a `url` pointing at this document. See docs/api.md for a walkthrough.",
        };
        TokenSecurityScheme.Ensure(document);
        return Task.CompletedTask;
    }
}
