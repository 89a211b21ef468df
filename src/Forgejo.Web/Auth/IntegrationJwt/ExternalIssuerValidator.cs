using Forgejo.Web.Auth.IntegrationJwt.Fetching;
using Forgejo.Web.Auth.IntegrationJwt.Tokens;
using Forgejo.Web.AuthorizedIntegrations;

namespace Forgejo.Web.Auth.IntegrationJwt;

/// <summary>
/// Fetches an issuer's discovery document and key set with the same rules as authentication, and requires what
/// authentication will need: the same issuer, advertised algorithms, a key set on the issuer's host with at least one key.
/// </summary>
public sealed class ExternalIssuerValidator(IssuerKeyStore store) : IIssuerValidator
{
    public async Task<string?> ValidateAsync(Uri issuer, CancellationToken cancellationToken)
    {
        var discoveryUrl = IssuerSignatureVerifier.DiscoveryUrl(issuer);
        try
        {
            var discovery = await store.GetDiscoveryAsync(discoveryUrl, cancellationToken);
            if (!string.Equals(discovery.Issuer, issuer.OriginalString, StringComparison.Ordinal))
            {
                return $"discovery document at {discoveryUrl} has issuer \"{discovery.Issuer}\", but input issuer was \"{issuer.OriginalString}\"";
            }

            if (discovery.SigningAlgorithms is not { Count: > 0 })
            {
                return $"discovery document at {discoveryUrl} lacks required field id_token_signing_alg_values_supported";
            }

            if (string.IsNullOrEmpty(discovery.JwksUri))
            {
                return $"discovery document at {discoveryUrl} lacks required field jwks_uri";
            }

            if (!Uri.TryCreate(discovery.JwksUri, UriKind.Absolute, out var jwksUrl)
                || !string.Equals(jwksUrl.Authority, issuer.Authority, StringComparison.OrdinalIgnoreCase))
            {
                return $"jwks_uri host mismatch: must be the same as issuer host \"{issuer.Authority}\", but was \"{discovery.JwksUri}\"";
            }

            var keys = await store.GetKeysAsync(jwksUrl, cancellationToken);
            return keys.Keys.Count == 0 ? $"JWKS at {jwksUrl} had zero keys" : null;
        }
        catch (FetchDeniedException ex)
        {
            return $"error when fetching issuer metadata from {discoveryUrl}: {ex.Message}";
        }
    }
}
