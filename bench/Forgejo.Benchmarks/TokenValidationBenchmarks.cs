using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using Forgejo.Tests.Infrastructure.Issuer;
using Forgejo.Web.Auth.IntegrationJwt.Fetching;
using Forgejo.Web.Auth.IntegrationJwt.Tokens;

namespace Forgejo.Benchmarks;

/// <summary>
/// The CPU part of accepting an integration JWT with warm caches, per algorithm: parse without trusting
/// (<see cref="UnverifiedJwt.TryParse"/>), pick and check the key (<see cref="SigningKeySelector"/>, the key set already
/// parsed as the cache holds it), verify the signature as the handler does. No database, no HTTP.
/// </summary>
[MemoryDiagnoser]
public class TokenValidationBenchmarks
{
    private string _token = "";
    private IssuerKeySet _keys = null!;

    [Params("RS256", "RS384", "RS512", "ES256", "ES384", "ES512", "EdDSA")]
    public string Algorithm { get; set; } = "RS256";

    [GlobalSetup]
    public void Setup()
    {
        using var key = SigningKey.Create(Algorithm, "bench-" + Algorithm.ToLowerInvariant());
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        _token = key.Sign(new JsonObject
        {
            ["iss"] = "https://token.actions.githubusercontent.com",
            ["aud"] = "u:1:0c447559-d37a-49b7-8cda-673319aa5934",
            ["sub"] = "repo:octo-org/octo-repo:ref:refs/heads/main",
            ["repository"] = "octo-org/octo-repo",
            ["ref"] = "refs/heads/main",
            ["jti"] = Guid.NewGuid().ToString("N"),
            ["iat"] = now,
            ["nbf"] = now,
            ["exp"] = now + 3600,
        });
        _keys = new IssuerKeySet(new JsonObject { ["keys"] = new JsonArray(key.PublicJwk()) }.ToJsonString());
        if (Verify() != null)
        {
            throw new InvalidOperationException($"{Algorithm}: the benchmark token does not verify: {Verify()}");
        }
    }

    [Benchmark]
    public bool Parse()
    {
        var ok = UnverifiedJwt.TryParse(_token, out var jwt, out _);
        jwt?.Dispose();
        return ok;
    }

    [Benchmark]
    public string? ParseAndVerify() => Verify();

    private string? Verify()
    {
        if (!UnverifiedJwt.TryParse(_token, out var jwt, out var error))
        {
            return error;
        }

        using (jwt)
        {
            var jwk = SigningKeySelector.Find(_keys, jwt!.KeyId);
            if (jwk is null)
            {
                return "no key";
            }

            return SigningKeySelector.Check(jwk, jwt.Algorithm, out var key) ?? IssuerSignatureVerifier.VerifySignature(jwt, key!);
        }
    }
}
