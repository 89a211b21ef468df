namespace Forgejo.Web.Authentication.AuthorizedIntegrations;

public static class AuthorizedIntegrationDefaults
{
    public const string AuthenticationScheme = "AuthorizedIntegration";

    /// <summary>The value of the authentication-method claim on requests authenticated by an integration JWT.</summary>
    public const string AuthenticationMethod = "authorized_integration";
}
