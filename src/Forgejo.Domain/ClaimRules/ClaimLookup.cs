using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace Forgejo.Domain.ClaimRules;

/// <summary>
/// Finds the claim a rule names. At the top level it reproduces how Forgejo's JWT parsing exposes
/// registered claims: a missing <c>iss</c>, <c>sub</c> or <c>jti</c> reads as "", <c>aud</c> must hold
/// exactly one string, and <c>exp</c>, <c>nbf</c> and <c>iat</c> are not visible to rules. Inside a
/// nested object every key is a plain lookup.
/// </summary>
internal static class ClaimLookup
{
    // Claim names up to a third of this many chars are encoded to UTF-8 on the stack for comparison.
    private const int NameBytes = 256;

    public static ClaimValue TopLevel(JsonElement claims, string name) => name switch
    {
        "iss" or "sub" or "jti" => TryFind(claims, name, out var value) ? ClaimValue.Of(value) : ClaimValue.EmptyString,
        "aud" => Audience(claims),
        "exp" or "nbf" or "iat" => NotFound(name),
        _ => Nested(claims, name),
    };

    public static ClaimValue Nested(JsonElement claims, string name) =>
        TryFind(claims, name, out var value) ? ClaimValue.Of(value) : NotFound(name);

    // JWT libraries accept "aud" as a string or an array of strings; a null or absent one has no values.
    private static ClaimValue Audience(JsonElement claims)
    {
        if (!TryFind(claims, "aud", out var audience) || audience.ValueKind == JsonValueKind.Null)
        {
            return AudienceCount(0);
        }
        if (audience.ValueKind == JsonValueKind.String)
        {
            return ClaimValue.Of(audience);
        }
        if (audience.ValueKind != JsonValueKind.Array)
        {
            return NotAString(audience);
        }
        var count = 0;
        JsonElement single = default;
        foreach (var item in audience.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String)
            {
                return NotAString(item);
            }
            count++;
            single = item;
        }
        return count == 1 ? ClaimValue.Of(single) : AudienceCount(count);
    }

    private static ClaimValue AudienceCount(int count) =>
        ClaimValue.Failed($"required one and only one `aud` claim, but received {count}");

    private static ClaimValue NotAString(JsonElement audience) =>
        ClaimValue.Failed($"claim \"aud\" must be a string, but was {ClaimValue.TypeNameOf(audience)}");

    private static ClaimValue NotFound(string name) =>
        ClaimValue.Failed($"claim rule on {GoQuote.Quote(name)} couldn't be satisfied: claim not found");

    // The last duplicate key wins, as in Go's decoding into a map. Names are compared on the raw
    // bytes (UTF-8 of the name against each key, unescaping only keys that have escapes) so that no
    // property name can make System.Text.Json throw.
    private static bool TryFind(JsonElement claims, string name, out JsonElement value)
    {
        Span<byte> buffer = stackalloc byte[NameBytes];
        var encoded = name.Length <= NameBytes / 3;
        var utf8 = encoded ? buffer[..Encoding.UTF8.GetBytes(name, buffer)] : [];
        var found = false;
        value = default;
        foreach (var property in claims.EnumerateObject())
        {
            var key = JsonMarshal.GetRawUtf8PropertyName(property);
            // An escape is longer than what it stands for, so a key with escapes is longer than the
            // UTF-8 of the name it spells: most keys are ruled out by their length alone.
            var matches = !encoded ? JsonStringContent.Equals(key, name)
                : key.Length == utf8.Length ? key.SequenceEqual(utf8) && !JsonStringContent.HasEscapes(key)
                : key.Length > utf8.Length && JsonStringContent.HasEscapes(key) && JsonStringContent.Equals(key, name);
            if (matches)
            {
                value = property.Value;
                found = true;
            }
        }
        return found;
    }
}
