using Microsoft.OpenApi;

namespace Forgejo.Web.OpenApi;

/// <summary>The one security scheme of the API: a credential in the <c>Authorization</c> header.</summary>
public static class TokenSecurityScheme
{
    /// <summary>Forgejo's own swagger names this scheme <c>AuthorizationHeaderToken</c>.</summary>
    public const string Name = "AuthorizationHeaderToken";

    public const string Description =
        "`Authorization: token <t>` or `Authorization: Bearer <t>` (the scheme word is case-insensitive). `<t>` is a personal " +
        "access token (40 hex characters, e.g. from `forgejo admin user generate-access-token`) or a JWT from the issuer of one " +
        "of the user's authorized integrations, whose `aud` is the integration's generated `audience`. The request is served " +
        "as the user, limited to the token's or the integration's scope. A credential that does not authenticate is answered " +
        "401 on every `/api/v1` route, even those that also allow anonymous callers.";

    /// <summary>Adds the scheme to the document's components (once) and returns a reference to it.</summary>
    public static OpenApiSecuritySchemeReference Ensure(OpenApiDocument document)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes.TryAdd(Name, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = "Authorization",
            Description = Description,
        });
        return new OpenApiSecuritySchemeReference(Name, document);
    }
}
