using Microsoft.IdentityModel.Tokens;
using Org.BouncyCastle.Math.EC.Rfc8032;

namespace Forgejo.Web.Auth.IntegrationJwt.Tokens;

/// <summary>
/// Adds EdDSA (Ed25519) verification to Microsoft.IdentityModel through its own extension point,
/// <see cref="CryptoProviderFactory.CustomCryptoProvider"/>, with BouncyCastle's RFC 8032 implementation.
/// </summary>
public sealed class Ed25519CryptoProvider : ICryptoProvider
{
    public const string Algorithm = "EdDSA";

    /// <summary>A factory that verifies every algorithm IdentityModel knows, plus EdDSA.</summary>
    public static readonly CryptoProviderFactory Factory = new() { CustomCryptoProvider = new Ed25519CryptoProvider() };

    public bool IsSupportedAlgorithm(string algorithm, params object[] args) =>
        algorithm == Algorithm && args.Length > 0 && args[0] is Ed25519SecurityKey;

    public object Create(string algorithm, params object[] args) =>
        IsSupportedAlgorithm(algorithm, args)
            ? new Ed25519SignatureProvider((Ed25519SecurityKey)args[0])
            : throw new NotSupportedException($"{algorithm} with {args.FirstOrDefault()?.GetType().Name}");

    public void Release(object cryptoInstance)
    {
        if (cryptoInstance is IDisposable disposable)
        {
            disposable.Dispose();
        }
    }

    private sealed class Ed25519SignatureProvider(Ed25519SecurityKey key) : SignatureProvider(key, Ed25519CryptoProvider.Algorithm)
    {
        public override byte[] Sign(byte[] input) => throw new NotSupportedException("Only verification is supported.");

        public override bool Verify(byte[] input, byte[] signature) =>
            signature.Length == Ed25519.SignatureSize && Ed25519.Verify(signature, 0, key.PublicKey, 0, input, 0, input.Length);

        public override bool Verify(byte[] input, int inputOffset, int inputLength, byte[] signature, int signatureOffset, int signatureLength) =>
            signatureLength == Ed25519.SignatureSize
            && Ed25519.Verify(signature[signatureOffset..(signatureOffset + signatureLength)], 0, key.PublicKey, 0, input, inputOffset, inputLength);

        protected override void Dispose(bool disposing)
        {
        }
    }
}
