using System.Runtime.InteropServices;
using System.Text.Json;

namespace Forgejo.Domain.ClaimRules;

/// <summary>The claim a rule tests, or the reason it could not be resolved.</summary>
internal readonly struct ClaimValue
{
    private ClaimValue(JsonElement element, string? error)
    {
        Element = element;
        Error = error;
    }

    /// <summary>The "" Forgejo substitutes for a missing <c>iss</c>, <c>sub</c> or <c>jti</c>, held as an undefined element.</summary>
    public static ClaimValue EmptyString => default;

    public JsonElement Element { get; }

    public string? Error { get; }

    public bool IsString => Element.ValueKind is JsonValueKind.String or JsonValueKind.Undefined;

    /// <summary>The string's raw UTF-8 between the quotes; only when <see cref="IsString"/>.</summary>
    public ReadOnlySpan<byte> RawString =>
        Element.ValueKind == JsonValueKind.Undefined ? [] : JsonMarshal.GetRawUtf8Value(Element)[1..^1];

    public string TypeName => Element.ValueKind == JsonValueKind.Undefined ? "string" : TypeNameOf(Element);

    public static ClaimValue Of(JsonElement element) => new(element, null);

    public static ClaimValue Failed(string error) => new(default, error);

    /// <summary>.NET-flavoured names in place of Go's <c>%T</c> (float64, []interface {}, …).</summary>
    public static string TypeNameOf(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "bool",
        JsonValueKind.Array => "array",
        JsonValueKind.Object => "object",
        JsonValueKind.Null => "null",
        _ => "undefined",
    };
}
