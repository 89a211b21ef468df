using System.Buffers.Text;
using System.Text;
using System.Text.Json;

namespace Forgejo.Web.Auth.IntegrationJwt.Tokens;

/// <summary>
/// A compact JWS read without trusting it: its shape, algorithm, <c>kid</c>, <c>iss</c> and single <c>aud</c> are checked
/// before any database or network access. Key-locating headers (<c>jku</c>, <c>x5u</c>, <c>jwk</c>, <c>x5c</c>) are never used.
/// </summary>
public sealed class UnverifiedJwt : IDisposable
{
    /// <summary>Forgejo's asymmetric allow-list; never <c>none</c>, never HMAC.</summary>
    public static readonly IReadOnlySet<string> AllowedAlgorithms =
        new HashSet<string>(["RS256", "RS384", "RS512", "ES256", "ES384", "ES512", "EdDSA"], StringComparer.Ordinal);

    private readonly JsonDocument _payload;

    private UnverifiedJwt(string token, int signedLength, string algorithm, string keyId, string issuer, string audience,
        JsonDocument payload, byte[] signature, long? expires, long? notBefore, long? issuedAt)
    {
        Token = token;
        SignedLength = signedLength;
        Algorithm = algorithm;
        KeyId = keyId;
        Issuer = issuer;
        Audience = audience;
        _payload = payload;
        Signature = signature;
        Expires = expires;
        NotBefore = notBefore;
        IssuedAt = issuedAt;
    }

    public string Token { get; }

    /// <summary>Length of <c>header.payload</c>, the signed input.</summary>
    public int SignedLength { get; }

    public string Algorithm { get; }
    public string KeyId { get; }
    public string Issuer { get; }
    public string Audience { get; }
    public byte[] Signature { get; }
    public long? Expires { get; }
    public long? NotBefore { get; }
    public long? IssuedAt { get; }

    /// <summary>The payload object, for the claim rules.</summary>
    public JsonElement Payload => _payload.RootElement;

    public static bool TryParse(string token, out UnverifiedJwt? jwt, out string error)
    {
        jwt = null;
        var first = token.IndexOf('.');
        var second = first < 0 ? -1 : token.IndexOf('.', first + 1);
        if (first < 0 || second < 0 || token.IndexOf('.', second + 1) >= 0)
        {
            error = "token contains an invalid number of segments";
            return false;
        }

        if (!TryDecodeJson(token.AsSpan(0, first), "header", out var header, out error))
        {
            return false;
        }

        using (header)
        {
            if (!TryReadHeader(header!.RootElement, out var algorithm, out var keyId, out error))
            {
                return false;
            }

            if (!TryDecodeJson(token.AsSpan(first + 1, second - first - 1), "claims", out var payload, out error))
            {
                return false;
            }

            if (!TryDecodeSegment(token.AsSpan(second + 1), out var signature) || signature.Length == 0)
            {
                payload!.Dispose();
                error = "token is malformed: could not base64 decode signature";
                return false;
            }

            if (!TryReadClaims(payload!.RootElement, out var issuer, out var audience, out var exp, out var nbf, out var iat, out error))
            {
                payload.Dispose();
                return false;
            }

            jwt = new UnverifiedJwt(token, second, algorithm, keyId, issuer, audience, payload, signature, exp, nbf, iat);
            return true;
        }
    }

    public void Dispose() => _payload.Dispose();

    private static bool TryReadHeader(JsonElement header, out string algorithm, out string keyId, out string error)
    {
        algorithm = keyId = "";
        if (!header.TryGetProperty("alg", out var alg) || alg.ValueKind != JsonValueKind.String || alg.GetString() is not { Length: > 0 } name)
        {
            error = "signing method (alg) is unspecified";
            return false;
        }

        if (!AllowedAlgorithms.Contains(name))
        {
            error = $"signing method {name} is invalid";
            return false;
        }

        // RFC 7515 §4.1.11: a recipient that does not understand a critical extension must reject the token.
        if (header.TryGetProperty("crit", out _))
        {
            error = "token has a \"crit\" header, and no critical extension is supported";
            return false;
        }

        if (!header.TryGetProperty("kid", out var kid) || kid.ValueKind != JsonValueKind.String || kid.GetString() is not { Length: > 0 } id)
        {
            error = "failed finding key identifier (kid) in JWT headers";
            return false;
        }

        algorithm = name;
        keyId = id;
        error = "";
        return true;
    }

    private static bool TryReadClaims(JsonElement claims, out string issuer, out string audience,
        out long? exp, out long? nbf, out long? iat, out string error)
    {
        issuer = audience = "";
        exp = nbf = iat = null;
        if (!TryReadString(claims, "iss", out issuer, out error) || !TryReadString(claims, "sub", out _, out error)
            || !TryReadString(claims, "jti", out _, out error))
        {
            return false;
        }

        if (!TryReadTime(claims, "exp", out exp, out error) || !TryReadTime(claims, "nbf", out nbf, out error)
            || !TryReadTime(claims, "iat", out iat, out error))
        {
            return false;
        }

        if (issuer.Length == 0)
        {
            error = "invalid `iss` claim: \"\"";
            return false;
        }

        if (!AudienceReader.TryReadSingle(claims, out audience, out error))
        {
            return false;
        }

        return true;
    }

    private static bool TryReadString(JsonElement claims, string name, out string value, out string error)
    {
        value = "";
        error = "";
        if (!claims.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (element.ValueKind != JsonValueKind.String)
        {
            error = $"token is malformed: expected `{name}` to be string, but was {element.ValueKind.ToString().ToLowerInvariant()}";
            return false;
        }

        value = element.GetString()!;
        return true;
    }

    private static bool TryReadTime(JsonElement claims, string name, out long? value, out string error)
    {
        value = null;
        error = "";
        if (!claims.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        // NumericDate: seconds, fractions allowed and truncated; anything outside the representable range is malformed.
        if (element.ValueKind != JsonValueKind.Number || !element.TryGetDouble(out var seconds) || double.IsNaN(seconds)
            || seconds < -62135596800d || seconds > 253402300799d)
        {
            error = $"token is malformed: invalid type for claim `{name}`";
            return false;
        }

        value = (long)Math.Truncate(seconds);
        return true;
    }

    private static bool TryDecodeJson(ReadOnlySpan<char> segment, string part, out JsonDocument? document, out string error)
    {
        document = null;
        if (!TryDecodeSegment(segment, out var bytes))
        {
            error = $"token is malformed: could not base64 decode {part}";
            return false;
        }

        try
        {
            document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException)
        {
            error = $"token is malformed: could not JSON decode {part}";
            return false;
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object || HasDuplicateMembers(document.RootElement))
        {
            document.Dispose();
            document = null;
            error = $"token is malformed: {part} must be a JSON object without duplicate members";
            return false;
        }

        error = "";
        return true;
    }

    // Two parsers reading different values for one duplicated member is a classic confusion attack; refuse it.
    private static bool HasDuplicateMembers(JsonElement element)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (!names.Add(property.Name))
            {
                return true;
            }
        }

        return false;
    }

    // Unpadded base64url only, as RFC 7515 requires.
    private static bool TryDecodeSegment(ReadOnlySpan<char> segment, out byte[] bytes)
    {
        bytes = [];
        if (segment.Length == 0 || segment.Contains('=') || !Base64Url.IsValid(segment))
        {
            return false;
        }

        bytes = Base64Url.DecodeFromChars(segment);
        return true;
    }

    /// <summary>The bytes the signature covers (<c>header.payload</c>).</summary>
    public byte[] SignedInput() => Encoding.ASCII.GetBytes(Token, 0, SignedLength);
}
