using System.Text.Json.Nodes;
using Forgejo.Persistence;
using Forgejo.Tests.Infrastructure;
using Forgejo.Tests.Infrastructure.Issuer;

namespace Forgejo.Tests.IntegrationAuth;

/// <summary>
/// Forgejo's TestAuthorizedIntegration table (forgejo-behaviour.md §4.5) and this implementation's stricter rows, each
/// through a real request to the real server, with a real HTTPS issuer on loopback, on every database.
/// </summary>
public sealed class VerificationTableTests
{
    private static readonly long At = IntegrationWorld.Now.ToUnixTimeSeconds();

    /// <summary>What a row may change before the token is signed and sent.</summary>
    public sealed class Case
    {
        public required TestIssuer Issuer { get; init; }
        public required JsonObject Claims { get; init; }
        public JsonObject Header { get; } = [];
        public string? DatabaseIssuer { get; set; }
        public bool WithIntegration { get; set; } = true;
        public Func<string, string>? RewriteToken { get; set; }
    }

    private static readonly Dictionary<string, (string[] Algorithms, Action<Case> Arrange, string? Rejection)> Rows = new()
    {
        ["valid token"] = (["RS256"], _ => { }, null),
        ["exp in the past"] = (["RS256"], c => c.Claims["exp"] = At - 4 * 3600, "token is expired"),
        ["exp later today"] = (["RS256"], c => c.Claims["exp"] = At + 4 * 3600, null),
        ["iat next year"] = (["RS256"], c => c.Claims["iat"] = At + 365 * 86400, "token used before issued"),
        ["nbf next year"] = (["RS256"], c => c.Claims["nbf"] = At + 365 * 86400, "token is not valid yet"),
        ["iss empty"] = (["RS256"], c => c.Claims["iss"] = "", "invalid `iss` claim: \"\""),
        ["iss without integration"] = (["RS256"], c => c.Claims["iss"] = "https://whoops.example.org", "matching authorized_integration not found"),
        ["discovery names another issuer"] = (["RS256"], c => c.Issuer.Discovery = With(c.Issuer.DefaultDiscovery(), "issuer", "https://whoops.example.org"), "issuer mismatch"),
        ["http issuer"] = (["RS256"], c =>
        {
            c.Claims["iss"] = c.Issuer.Issuer.Replace("https://", "http://", StringComparison.Ordinal);
            c.DatabaseIssuer = (string)c.Claims["iss"]!;
        }, "unsupported URL scheme: \"http://"),
        ["discovery advertises other algorithms"] = (["RS256"], c => c.Issuer.Discovery = With(c.Issuer.DefaultDiscovery(), "id_token_signing_alg_values_supported", new JsonArray("WEIRD")),
            "issuer supports signature algorithms [\"WEIRD\"], but received token with algorithm RS256"),
        ["aud empty list"] = (["RS256"], c => c.Claims["aud"] = new JsonArray(), "required one and only one `aud` claim, but received 0"),
        ["aud two values"] = (["RS256"], c => c.Claims["aud"] = new JsonArray("abc", "def"), "required one and only one `aud` claim, but received 2"),
        ["aud of no integration"] = (["RS256"], c => c.Claims["aud"] = new JsonArray("abc"), "matching authorized_integration not found"),
        ["claim rule fails"] = (["RS256"], c => c.Claims["custom-claim"] = "oops wrong claim",
            "claim mismatch: claim \"custom-claim\" must be \"custom-claim-value\", but was \"oops wrong claim\""),
        ["RS256"] = (["RS256"], _ => { }, null),
        ["RS384"] = (["RS384"], _ => { }, null),
        ["RS512"] = (["RS512"], _ => { }, null),
        ["ES256"] = (["ES256"], _ => { }, null),
        ["ES384"] = (["ES384"], _ => { }, null),
        ["ES512"] = (["ES512"], _ => { }, null),
        ["EdDSA"] = (["EdDSA"], _ => { }, null),
        ["jwks_uri on another host"] = (["RS256"], c => c.Issuer.Discovery = With(c.Issuer.DefaultDiscovery(), "jwks_uri", "https://whoops.example.org/.keys"),
            "jwks_uri host mismatch: must be the same as issuer host"),
        ["jwks_uri over http"] = (["RS256"], c => c.Issuer.Discovery = With(c.Issuer.DefaultDiscovery(), "jwks_uri", c.Issuer.JwksUri.Replace("https://", "http://", StringComparison.Ordinal)),
            "unsupported URL scheme: \"http://"),
        ["no keys"] = (["RS256"], c => c.Issuer.JwksJson = """{"keys":[]}""", "no key identified; JWT was signed with key"),
        ["keys without alg"] = (["RS256"], c => c.Issuer.JwksJson = Jwks(c.Issuer.Keys[0].PublicJwk(withAlg: false)), null),
        ["key alg differs"] = (["RS256"], c => c.Issuer.JwksJson = Jwks(With(c.Issuer.Keys[0].PublicJwk(), "alg", "WEIRD")), "doesn't match expected algorithm RS256, was WEIRD"),
        ["keys without use"] = (["RS256"], c => c.Issuer.JwksJson = Jwks(c.Issuer.Keys[0].PublicJwk(withUse: false)), null),
        ["key use enc"] = (["RS256"], c => c.Issuer.JwksJson = Jwks(With(c.Issuer.Keys[0].PublicJwk(), "use", "enc")), "isn't designated for signing usage, was enc"),
        ["129 copies of the key"] = (["RS256"], c => c.Issuer.JwksJson = Jwks(Enumerable.Repeat(c.Issuer.Keys[0].PublicJwk(), 129).ToArray()),
            "failed to decode (response body restricted to 16384 bytes)"),

        // Stricter than Forgejo, or attacks Forgejo's table does not list.
        ["alg none"] = (["RS256"], c => c.RewriteToken = token => Unsigned(token, "none"), "signing method none is invalid"),
        ["alg HS256 with the public key as secret"] = (["RS256"], c => c.RewriteToken = token => Unsigned(token, "HS256"), "signing method HS256 is invalid"),
        ["crit header"] = (["RS256"], c => c.Header["crit"] = new JsonArray("exp"), "\"crit\" header"),
        ["no kid"] = (["RS256"], c => c.RewriteToken = token => WithoutKid(token), "failed finding key identifier (kid) in JWT headers"),
        ["jku header is never followed"] = (["RS256"], c => c.Header["jku"] = "https://evil.example.com/keys", null),
        ["no exp"] = (["RS256"], c => c.Claims.Remove("exp"), "token has no `exp` claim"),
        ["payload changed after signing"] = (["RS256"], c => c.RewriteToken = token => ChangePayload(token), "token signature is invalid"),
        ["signed by a different key with the same kid"] = (["ES256"], c =>
        {
            using var impostor = SigningKey.Create("ES256", c.Issuer.Keys[0].KeyId);
            var forged = impostor.Sign(c.Claims);
            c.RewriteToken = _ => forged;
        }, "token signature is invalid"),
        ["EC key for an RS256 token"] = (["RS256"], c =>
        {
            using var ec = SigningKey.Create("ES256", c.Issuer.Keys[0].KeyId);
            c.Issuer.JwksJson = Jwks(ec.PublicJwk(withAlg: false));
        }, "which cannot verify RS256"),
        ["padded base64"] = (["RS256"], c => c.RewriteToken = token => token.Split('.')[0] + "=." + string.Join('.', token.Split('.')[1..]), "could not base64 decode header"),
        ["duplicate claim members"] = (["RS256"], c => c.RewriteToken = token => DuplicateIss(token), "without duplicate members"),
        ["iss of the wrong type"] = (["RS256"], c => c.Claims["iss"] = 42, "expected `iss` to be string"),
        ["exp of the wrong type"] = (["RS256"], c => c.Claims["exp"] = "tomorrow", "invalid type for claim `exp`"),
    };

    public static TheoryData<DatabaseProvider, string> ProvidersAndRows()
    {
        var data = new TheoryData<DatabaseProvider, string>();
        foreach (var provider in DatabaseServers.Available())
        {
            foreach (var row in Rows.Keys)
            {
                data.Add(provider, row);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ProvidersAndRows))]
    public async Task Row(DatabaseProvider provider, string row)
    {
        var (algorithms, arrange, rejection) = Rows[row];
        var world = await IntegrationWorld.ForAsync(provider);
        await using var issuer = await TestIssuer.StartAsync(await SharedIssuer.CaAsync(), algorithms: algorithms);
        var audience = $"https://forgejo.example.org/-/{world.Owner.Name}/authorized-integration/{Guid.NewGuid()}";
        var test = new Case { Issuer = issuer, Claims = issuer.Claims(audience, IntegrationWorld.Now, ("custom-claim", "custom-claim-value")) };

        arrange(test);
        await world.AddIntegrationAsync(test.DatabaseIssuer ?? issuer.Issuer, audience: audience);
        var token = issuer.Sign(test.Claims, test.Header);
        token = test.RewriteToken?.Invoke(token) ?? token;

        var response = await world.GetAsync("/api/v1/user", token);

        if (rejection is null)
        {
            await world.AssertAcceptedAsync(response);
        }
        else
        {
            await IntegrationWorld.AssertRejectedAsync(response, rejection);
        }
    }

    [Fact]
    public async Task Two_ed25519_keys_on_one_server_are_never_confused()
    {
        var world = await IntegrationWorld.ForAsync(DatabaseProvider.Sqlite);
        await using var first = await TestIssuer.StartAsync(await SharedIssuer.CaAsync());
        await using var second = await TestIssuer.StartAsync(await SharedIssuer.CaAsync());
        using var firstKey = SigningKey.Create("EdDSA", "ed-one");
        using var secondKey = SigningKey.Create("EdDSA", "ed-two");
        first.Keys.Clear();
        first.Keys.Add(firstKey);
        second.Keys.Clear();
        second.Keys.Add(secondKey);
        var firstAudience = (await world.AddIntegrationAsync(first.Issuer)).Audience;
        var secondAudience = (await world.AddIntegrationAsync(second.Issuer)).Audience;

        await world.AssertAcceptedAsync(await world.GetAsync("/api/v1/user",
            firstKey.Sign(first.Claims(firstAudience, IntegrationWorld.Now, ("custom-claim", "custom-claim-value")))));
        await world.AssertAcceptedAsync(await world.GetAsync("/api/v1/user",
            secondKey.Sign(second.Claims(secondAudience, IntegrationWorld.Now, ("custom-claim", "custom-claim-value")))));

        // The second key signs a token naming the first issuer's kid: the first issuer's key must be the one used.
        using var impostor = SigningKey.Create("EdDSA", "ed-one");
        var forged = impostor.Sign(first.Claims(firstAudience, IntegrationWorld.Now, ("custom-claim", "custom-claim-value")));
        await IntegrationWorld.AssertRejectedAsync(await world.GetAsync("/api/v1/user", forged), "token signature is invalid");
    }

    private static JsonObject With(JsonObject node, string name, JsonNode value)
    {
        node[name] = value;
        return node;
    }

    private static string Jwks(params JsonObject[] keys) => new JsonObject { ["keys"] = new JsonArray(keys.Select(key => (JsonNode)key.DeepClone()).ToArray()) }.ToJsonString();

    private static JsonObject Decode(string segment) =>
        JsonNode.Parse(System.Buffers.Text.Base64Url.DecodeFromChars(segment))!.AsObject();

    private static string Unsigned(string token, string algorithm)
    {
        var parts = token.Split('.');
        var header = Decode(parts[0]);
        header["alg"] = algorithm;
        return SigningKey.Encode(header) + "." + parts[1] + "." + parts[2];
    }

    private static string WithoutKid(string token)
    {
        var parts = token.Split('.');
        var header = Decode(parts[0]);
        header.Remove("kid");
        return SigningKey.Encode(header) + "." + parts[1] + "." + parts[2];
    }

    private static string ChangePayload(string token)
    {
        var parts = token.Split('.');
        var claims = Decode(parts[1]);
        claims["sub"] = "repo:attacker/app:ref:refs/heads/main";
        return parts[0] + "." + SigningKey.Encode(claims) + "." + parts[2];
    }

    private static string DuplicateIss(string token)
    {
        var parts = token.Split('.');
        var json = Decode(parts[1]).ToJsonString();
        var duplicated = "{\"iss\":\"https://attacker.example\"," + json[1..];
        return parts[0] + "." + System.Buffers.Text.Base64Url.EncodeToString(System.Text.Encoding.UTF8.GetBytes(duplicated)) + "." + parts[2];
    }
}
