using Microsoft.IdentityModel.Tokens;

namespace Forgejo.Web.Auth.IntegrationJwt.Tokens;

/// <summary>An Ed25519 public key (JWK <c>kty</c> OKP, <c>crv</c> Ed25519), which Microsoft.IdentityModel 8 cannot verify by itself.</summary>
public sealed class Ed25519SecurityKey : AsymmetricSecurityKey
{
    public const int PublicKeyLength = 32;

    public Ed25519SecurityKey(byte[] publicKey, string keyId)
    {
        if (publicKey.Length != PublicKeyLength)
        {
            throw new ArgumentException($"an Ed25519 public key has {PublicKeyLength} bytes, not {publicKey.Length}", nameof(publicKey));
        }

        PublicKey = publicKey;
        KeyId = keyId;
        CryptoProviderFactory = Ed25519CryptoProvider.Factory;
    }

    public byte[] PublicKey { get; }

    public override int KeySize => 256;

    [Obsolete("HasPrivateKey is obsolete in Microsoft.IdentityModel; use PrivateKeyStatus.")]
    public override bool HasPrivateKey => false;

    public override PrivateKeyStatus PrivateKeyStatus => PrivateKeyStatus.DoesNotExist;

    // IdentityModel derives a key's cache identity from its thumbprint; without one, different keys could share an entry.
    public override bool CanComputeJwkThumbprint() => true;

    /// <summary>RFC 7638 / RFC 8037 thumbprint: SHA-256 of <c>{"crv":"Ed25519","kty":"OKP","x":…}</c>.</summary>
    public override byte[] ComputeJwkThumbprint() =>
        System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(
            $"{{\"crv\":\"Ed25519\",\"kty\":\"OKP\",\"x\":\"{System.Buffers.Text.Base64Url.EncodeToString(PublicKey)}\"}}"));
}
