using Forgejo.Web.Auth.IntegrationJwt.Fetching;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Forgejo.Web.Auth.IntegrationJwt.Tokens;

/// <summary>
/// Verifies a token whose integration was found and whose claim rules passed: the issuer's discovery document, its key
/// set, the key the token names, the signature, then the times (forgejo-behaviour.md §3.4 steps 8-16 and §3.5).
/// </summary>
public sealed class IssuerSignatureVerifier(IssuerKeyStore store, IOptions<AuthorizedIntegrationOptions> options, TimeProvider clock)
{
    private const string DiscoveryPath = ".well-known/openid-configuration";

    /// <summary>Null when the token is genuine and current; otherwise the reason, fit for the caller.</summary>
    public async Task<string?> VerifyAsync(UnverifiedJwt token, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(token.Issuer, UriKind.Absolute, out var issuer))
        {
            return $"failed parsing issuer: \"{token.Issuer}\" is not an absolute URL";
        }

        var discoveryUrl = DiscoveryUrl(issuer);
        DiscoveryDocument discovery;
        try
        {
            discovery = await store.GetDiscoveryAsync(discoveryUrl, cancellationToken);
        }
        catch (FetchDeniedException ex)
        {
            return $"error when fetching {DiscoveryPath} from {discoveryUrl}: {ex.Message}";
        }

        if (!string.Equals(discovery.Issuer, token.Issuer, StringComparison.Ordinal))
        {
            return $"issuer mismatch; expected \"{token.Issuer}\", received \"{discovery.Issuer}\" from {discoveryUrl}";
        }

        if (discovery.SigningAlgorithms?.Contains(token.Algorithm, StringComparer.Ordinal) != true)
        {
            var advertised = string.Join(", ", (discovery.SigningAlgorithms ?? []).Select(alg => $"\"{alg}\""));
            return $"issuer supports signature algorithms [{advertised}], but received token with algorithm {token.Algorithm}";
        }

        // The issuer's host pins where keys may come from.
        if (!Uri.TryCreate(discovery.JwksUri, UriKind.Absolute, out var jwksUrl)
            || !string.Equals(jwksUrl.Authority, issuer.Authority, StringComparison.OrdinalIgnoreCase))
        {
            var host = Uri.TryCreate(discovery.JwksUri, UriKind.Absolute, out var parsed) ? parsed.Authority : "";
            return $"jwks_uri host mismatch: must be the same as issuer host \"{issuer.Authority}\", but was \"{host}\"";
        }

        IssuerKeySet keys;
        JsonWebKey? jwk;
        try
        {
            keys = await store.GetKeysAsync(jwksUrl, cancellationToken);
            jwk = SigningKeySelector.Find(keys, token.KeyId);
            if (jwk is null && await store.TryForceRefetchAsync(jwksUrl, cancellationToken))
            {
                keys = await store.GetKeysAsync(jwksUrl, cancellationToken);
                jwk = SigningKeySelector.Find(keys, token.KeyId);
            }
        }
        catch (FetchDeniedException ex)
        {
            return $"error when fetching JWKS from {jwksUrl}: {ex.Message}";
        }

        if (jwk is null)
        {
            return SigningKeySelector.NotFoundMessage(keys, token.KeyId);
        }

        if (SigningKeySelector.Check(jwk, token.Algorithm, out var key) is { } unusable)
        {
            return unusable;
        }

        if (VerifySignature(token, key!) is { } invalid)
        {
            return invalid;
        }

        return TokenTimes.Validate(token, clock.GetUtcNow(), options.Value);
    }

    /// <summary>Discovery-style appending, as Forgejo: <c>https://host/api/actions</c> → <c>https://host/api/actions/.well-known/openid-configuration</c>.</summary>
    public static Uri DiscoveryUrl(Uri issuer) =>
        new UriBuilder(issuer) { Path = issuer.AbsolutePath.TrimEnd('/') + "/" + DiscoveryPath }.Uri;

    internal static string? VerifySignature(UnverifiedJwt token, SecurityKey key)
    {
        var factory = key.CryptoProviderFactory;
        SignatureProvider? provider = null;
        try
        {
            provider = factory.CreateForVerifying(key, token.Algorithm);
            return provider.Verify(token.SignedInput(), token.Signature)
                ? null
                : "token signature is invalid: signature verification failed";
        }
        catch (Exception ex) when (ex is SecurityTokenException or ArgumentException or NotSupportedException or System.Security.Cryptography.CryptographicException or InvalidOperationException)
        {
            return $"token signature is invalid: {ex.Message}";
        }
        finally
        {
            if (provider is not null)
            {
                factory.ReleaseSignatureProvider(provider);
            }
        }
    }
}
