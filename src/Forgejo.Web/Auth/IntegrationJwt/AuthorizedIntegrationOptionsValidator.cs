using Forgejo.Web.Auth.IntegrationJwt.Fetching;
using Microsoft.Extensions.Options;

namespace Forgejo.Web.Auth.IntegrationJwt;

/// <summary>Checks the <c>AuthorizedIntegration</c> section at start-up, so a typo fails the start, not a later request.</summary>
public sealed class AuthorizedIntegrationOptionsValidator : IValidateOptions<AuthorizedIntegrationOptions>
{
    public ValidateOptionsResult Validate(string? name, AuthorizedIntegrationOptions options)
    {
        var failures = new List<string>();
        Require(options.RequestTimeout > TimeSpan.Zero && options.RequestTimeout <= TimeSpan.FromMinutes(5),
            "RequestTimeout must be more than 0 and at most 5 minutes", failures);
        Require(options.CacheTtl >= TimeSpan.Zero, "CacheTtl must not be negative", failures);
        Require(options.LookupCacheTtl >= TimeSpan.Zero && options.LookupCacheTtl <= TimeSpan.FromMinutes(5),
            "LookupCacheTtl must be between 0 and 5 minutes", failures);
        Require(options.KeyRefetchInterval > TimeSpan.Zero, "KeyRefetchInterval must be more than 0", failures);
        Require(options.ClockSkew >= TimeSpan.Zero && options.ClockSkew <= TimeSpan.FromMinutes(5),
            "ClockSkew must be between 0 and 5 minutes", failures);
        Require(options.MaxTokenLifetime is null || options.MaxTokenLifetime > TimeSpan.Zero, "MaxTokenLifetime must be more than 0 when set", failures);
        if (!string.IsNullOrWhiteSpace(options.TrustedCaFile))
        {
            try
            {
                _ = new TrustedCertificates(options.TrustedCaFile);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException
                or System.Security.Cryptography.CryptographicException)
            {
                failures.Add($"TrustedCaFile \"{options.TrustedCaFile}\" is not a readable PEM certificate bundle ({ex.Message})");
            }
        }
        foreach (var pattern in options.AllowedDomains.Concat(options.BlockedDomains))
        {
            try
            {
                HostPattern.ParseList([pattern]);
            }
            catch (FormatException ex)
            {
                failures.Add(ex.Message);
            }
        }

        return failures.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(failures.Select(failure => $"{AuthorizedIntegrationOptions.SectionName}:{failure}"));
    }

    private static void Require(bool condition, string failure, List<string> failures)
    {
        if (!condition)
        {
            failures.Add(failure);
        }
    }
}
