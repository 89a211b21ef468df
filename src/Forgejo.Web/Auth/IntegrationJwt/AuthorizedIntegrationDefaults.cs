namespace Forgejo.Web.Auth.IntegrationJwt;

public static class AuthorizedIntegrationDefaults
{
    public const string AuthenticationScheme = "AuthorizedIntegration";
}
