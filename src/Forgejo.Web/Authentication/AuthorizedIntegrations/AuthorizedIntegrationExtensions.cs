using Forgejo.Web.Authentication.AuthorizedIntegrations.Fetching;
using Forgejo.Web.Authentication.AuthorizedIntegrations.Tokens;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Forgejo.Web.Authentication.AuthorizedIntegrations;

public static class AuthorizedIntegrationExtensions
{
    /// <summary>Adds the authorized-integration JWT scheme, its settings (section <c>AuthorizedIntegration</c>) and the issuer fetching behind it.</summary>
    public static AuthenticationBuilder AddAuthorizedIntegration(this AuthenticationBuilder builder, IConfiguration configuration)
    {
        builder.Services.AddOptions<AuthorizedIntegrationOptions>()
            .Bind(configuration.GetSection(AuthorizedIntegrationOptions.SectionName))
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<AuthorizedIntegrationOptions>, AuthorizedIntegrationOptionsValidator>();
        builder.Services.AddIssuerFetching();
        builder.Services.AddSingleton<IssuerSignatureVerifier>();
        builder.Services.AddSingleton<LastUsedRecorder>();
        builder.Services.AddHostedService(provider => provider.GetRequiredService<LastUsedRecorder>());
        return builder.AddScheme<AuthenticationSchemeOptions, AuthorizedIntegrationHandler>(AuthorizedIntegrationDefaults.AuthenticationScheme, null);
    }
}
