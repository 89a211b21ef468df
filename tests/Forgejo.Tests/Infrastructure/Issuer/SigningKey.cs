using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Org.BouncyCastle.Math.EC.Rfc8032;

namespace Forgejo.Tests.Infrastructure.Issuer;

/// <summary>A private key of one of the seven algorithms, able to sign compact JWS tokens and publish its public JWK.</summary>
public sealed class SigningKey : IDisposable
{
    private readonly RSA? _rsa;
    private readonly ECDsa? _ec;
    private readonly byte[]? _ed25519Private;

    private SigningKey(string algorithm, string keyId, RSA? rsa, ECDsa? ec, byte[]? ed25519Private)
    {
        Algorithm = algorithm;
        KeyId = keyId;
        _rsa = rsa;
        _ec = ec;
        _ed25519Private = ed25519Private;
    }

    public string Algorithm { get; }
    public string KeyId { get; }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<SigningKey>> SharedKeys = new();

    /// <summary>
    /// One key per algorithm for the whole run (RSA-4096 generation takes a second); never disposed. Tests that need a
    /// key of their own, to rotate or to forge, use <see cref="Create"/>.
    /// </summary>
    public static SigningKey Shared(string algorithm) =>
        SharedKeys.GetOrAdd(algorithm, a => new Lazy<SigningKey>(() => Create(a, $"shared-{a.ToLowerInvariant()}"))).Value;

    public static SigningKey Create(string algorithm, string? keyId = null)
    {
        keyId ??= $"{algorithm.ToLowerInvariant()}-{Guid.NewGuid():N}"[..20];
        return algorithm switch
        {
            "RS256" => new SigningKey(algorithm, keyId, RSA.Create(2048), null, null),
            "RS384" => new SigningKey(algorithm, keyId, RSA.Create(3072), null, null),
            "RS512" => new SigningKey(algorithm, keyId, RSA.Create(4096), null, null),
            "ES256" => new SigningKey(algorithm, keyId, null, ECDsa.Create(ECCurve.NamedCurves.nistP256), null),
            "ES384" => new SigningKey(algorithm, keyId, null, ECDsa.Create(ECCurve.NamedCurves.nistP384), null),
            "ES512" => new SigningKey(algorithm, keyId, null, ECDsa.Create(ECCurve.NamedCurves.nistP521), null),
            "EdDSA" => new SigningKey(algorithm, keyId, null, null, RandomNumberGenerator.GetBytes(Ed25519.SecretKeySize)),
            _ => throw new ArgumentOutOfRangeException(nameof(algorithm), algorithm, null),
        };
    }

    /// <summary>The public JWK, with <c>alg</c> and <c>use</c> unless told otherwise.</summary>
    public JsonObject PublicJwk(bool withAlg = true, bool withUse = true)
    {
        var jwk = new JsonObject { ["kid"] = KeyId };
        if (_rsa is not null)
        {
            var parameters = _rsa.ExportParameters(false);
            jwk["kty"] = "RSA";
            jwk["n"] = Base64Url.EncodeToString(parameters.Modulus);
            jwk["e"] = Base64Url.EncodeToString(parameters.Exponent);
        }
        else if (_ec is not null)
        {
            var parameters = _ec.ExportParameters(false);
            jwk["kty"] = "EC";
            jwk["crv"] = Algorithm switch { "ES256" => "P-256", "ES384" => "P-384", _ => "P-521" };
            jwk["x"] = Base64Url.EncodeToString(parameters.Q.X);
            jwk["y"] = Base64Url.EncodeToString(parameters.Q.Y);
        }
        else
        {
            var publicKey = new byte[Ed25519.PublicKeySize];
            Ed25519.GeneratePublicKey(_ed25519Private, 0, publicKey, 0);
            jwk["kty"] = "OKP";
            jwk["crv"] = "Ed25519";
            jwk["x"] = Base64Url.EncodeToString(publicKey);
        }

        if (withAlg)
        {
            jwk["alg"] = Algorithm;
        }

        if (withUse)
        {
            jwk["use"] = "sig";
        }

        return jwk;
    }

    /// <summary>Signs <paramref name="claims"/> into a compact JWS; <paramref name="header"/> adds or overrides header members.</summary>
    public string Sign(JsonObject claims, JsonObject? header = null)
    {
        var fullHeader = new JsonObject { ["alg"] = Algorithm, ["kid"] = KeyId, ["typ"] = "JWT" };
        foreach (var (name, value) in header ?? [])
        {
            fullHeader[name] = value?.DeepClone();
        }

        var signingInput = Encode(fullHeader) + "." + Encode(claims);
        return signingInput + "." + Base64Url.EncodeToString(SignBytes(Encoding.ASCII.GetBytes(signingInput)));
    }

    public static string Encode(JsonNode node) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(node.ToJsonString()));

    private byte[] SignBytes(byte[] input)
    {
        var hash = Algorithm[2..] switch { "256" => HashAlgorithmName.SHA256, "384" => HashAlgorithmName.SHA384, _ => HashAlgorithmName.SHA512 };
        if (_rsa is not null)
        {
            return _rsa.SignData(input, hash, RSASignaturePadding.Pkcs1);
        }

        if (_ec is not null)
        {
            return _ec.SignData(input, hash, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        }

        var signature = new byte[Ed25519.SignatureSize];
        Ed25519.Sign(_ed25519Private, 0, input, 0, input.Length, signature, 0);
        return signature;
    }

    public void Dispose()
    {
        _rsa?.Dispose();
        _ec?.Dispose();
    }
}
