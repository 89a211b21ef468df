using System.Buffers.Text;
using Forgejo.Web.Auth.IntegrationJwt.Fetching;
using Microsoft.IdentityModel.Tokens;

namespace Forgejo.Web.Auth.IntegrationJwt.Tokens;

/// <summary>Picks and checks the key a token names (§3.4 steps 14-16), and turns it into an IdentityModel key.</summary>
public static class SigningKeySelector
{
    /// <summary>The first key with the token's <c>kid</c>, or null. Forgejo takes the first and never falls back to a later one.</summary>
    public static JsonWebKey? Find(IssuerKeySet keys, string keyId) =>
        keys.Keys.FirstOrDefault(key => string.Equals(key.Kid, keyId, StringComparison.Ordinal));

    public static string NotFoundMessage(IssuerKeySet keys, string keyId) =>
        $"no key identified; JWT was signed with key \"{keyId}\", but JWKS only provided keys with IDs: {string.Join(", ", keys.Keys.Select(key => key.Kid))}";

    /// <summary>Null with the key, or the reason this key cannot verify a token signed with <paramref name="algorithm"/>.</summary>
    public static string? Check(JsonWebKey key, string algorithm, out SecurityKey? securityKey)
    {
        securityKey = null;
        if (!string.IsNullOrEmpty(key.Alg) && key.Alg != algorithm)
        {
            return $"kid \"{key.Kid}\" doesn't match expected algorithm {algorithm}, was {key.Alg}";
        }

        if (!string.IsNullOrEmpty(key.Use) && key.Use != "sig")
        {
            return $"kid \"{key.Kid}\" isn't designated for signing usage, was {key.Use}";
        }

        var (keyType, curve) = Expected(algorithm);
        if (key.Kty != keyType || (curve is not null && key.Crv != curve))
        {
            return $"kid \"{key.Kid}\" is a {key.Kty}{(string.IsNullOrEmpty(key.Crv) ? "" : " " + key.Crv)} key, which cannot verify {algorithm}";
        }

        string? missing = keyType switch
        {
            "RSA" when string.IsNullOrEmpty(key.N) => "n",
            "RSA" when string.IsNullOrEmpty(key.E) => "e",
            "EC" when string.IsNullOrEmpty(key.X) => "x",
            "EC" when string.IsNullOrEmpty(key.Y) => "y",
            "OKP" when string.IsNullOrEmpty(key.X) => "x",
            _ => null,
        };
        if (missing is not null)
        {
            return $"failed to parse JWKS: JWK missing required field \"{missing}\"";
        }

        if (keyType == "OKP")
        {
            if (!Base64Url.IsValid(key.X) || Base64Url.DecodeFromChars(key.X) is not { Length: Ed25519SecurityKey.PublicKeyLength } x)
            {
                return "failed to parse JWKS: JWK field \"x\" is not an Ed25519 public key";
            }

            securityKey = new Ed25519SecurityKey(x, key.Kid);
            return null;
        }

        // IdentityModel verifies RSA and EC signatures with the JWK itself (JWS R||S form for ECDSA).
        key.CryptoProviderFactory = Ed25519CryptoProvider.Factory;
        securityKey = key;
        return null;
    }

    private static (string KeyType, string? Curve) Expected(string algorithm) => algorithm switch
    {
        "RS256" or "RS384" or "RS512" => ("RSA", null),
        "ES256" => ("EC", "P-256"),
        "ES384" => ("EC", "P-384"),
        "ES512" => ("EC", "P-521"),
        _ => ("OKP", "Ed25519"),
    };
}
