using Forgejo.Web.Auth.IntegrationJwt.Fetching;
using Forgejo.Web.Auth.IntegrationJwt.Tokens;
using Forgejo.Web.AuthorizedIntegrations;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Forgejo.Web.Auth.IntegrationJwt;

public static class AuthorizedIntegrationExtensions
{
    /// <summary>Adds the authorized-integration JWT scheme and everything behind it.</summary>
    public static AuthenticationBuilder AddAuthorizedIntegration(this AuthenticationBuilder builder, IConfiguration configuration)
    {
        builder.Services.AddIssuerServices(configuration);
        builder.Services.AddSingleton<IssuerSignatureVerifier>();
        builder.Services.AddSingleton<LastUsedRecorder>();
        builder.Services.AddHostedService(provider => provider.GetRequiredService<LastUsedRecorder>());
        return builder.AddScheme<AuthenticationSchemeOptions, AuthorizedIntegrationHandler>(AuthorizedIntegrationDefaults.AuthenticationScheme, null);
    }

    /// <summary>
    /// The settings (section <c>AuthorizedIntegration</c>), the guarded issuer fetching and the live issuer check;
    /// also used by the command line, which checks issuers without serving requests.
    /// </summary>
    public static IServiceCollection AddIssuerServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AuthorizedIntegrationOptions>()
            .Bind(configuration.GetSection(AuthorizedIntegrationOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<AuthorizedIntegrationOptions>, AuthorizedIntegrationOptionsValidator>();
        services.AddIssuerFetching();
        services.AddMemoryCache();
        services.AddSingleton<IntegrationLookupCache>();
        services.AddSingleton<IIssuerValidator, ExternalIssuerValidator>();
        return services;
    }
}
