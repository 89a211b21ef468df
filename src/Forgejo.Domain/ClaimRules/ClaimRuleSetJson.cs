using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Forgejo.Domain.ClaimRules;

/// <summary>Reads and writes the stored <c>claim_rules</c> text exactly as Forgejo does.</summary>
public static class ClaimRuleSetJson
{
    // Writing refuses deeper (or cyclic) object graphs; reading allows a little more than the
    // validator so that it, not the reader, reports a document that is merely too deep.
    private const int MaxWriteDepth = 64;

    private static readonly JsonSerializerOptions Options = new()
    {
        // Forgejo reads leniently: unknown keys are ignored, and Go matches keys case-insensitively.
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
        PropertyNameCaseInsensitive = true,
        // Each nesting level costs three JSON levels (object, "rules" array, rule object).
        MaxDepth = 3 * MaxWriteDepth + 8,
    };

    /// <summary>Writes the JSON Go's encoding/json writes for Forgejo's structs: keys in declaration
    /// order, <c>value</c>, <c>values</c> and <c>nested</c> left out when empty, null rules as
    /// <c>{"rules":null}</c>, and Go's string escaping (HTML characters escaped, other Unicode as is).</summary>
    /// <exception cref="InvalidOperationException">Rules nested deeper than 64 levels, or a cycle.</exception>
    public static string Serialize(ClaimRuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var builder = new StringBuilder();
        WriteSet(builder, rules, 0);
        return builder.ToString();
    }

    /// <exception cref="JsonException">The text is not a claim-rules document.</exception>
    public static ClaimRuleSet Deserialize(string json) =>
        JsonSerializer.Deserialize<ClaimRuleSet>(json, Options) ?? new ClaimRuleSet();

    private static void WriteSet(StringBuilder builder, ClaimRuleSet rules, int depth)
    {
        if (depth > MaxWriteDepth)
        {
            throw new InvalidOperationException($"claim rules nested deeper than {MaxWriteDepth} levels, or in a cycle");
        }
        builder.Append("{\"rules\":");
        if (rules.Rules is null)
        {
            builder.Append("null");
        }
        else
        {
            builder.Append('[');
            for (var i = 0; i < rules.Rules.Count; i++)
            {
                if (i > 0)
                {
                    builder.Append(',');
                }
                WriteRule(builder, rules.Rules[i] ?? new ClaimRule(), depth);
            }
            builder.Append(']');
        }
        builder.Append('}');
    }

    private static void WriteRule(StringBuilder builder, ClaimRule rule, int depth)
    {
        builder.Append("{\"claim\":");
        WriteString(builder, rule.Claim);
        builder.Append(",\"compare\":");
        WriteString(builder, rule.Compare);
        if (!string.IsNullOrEmpty(rule.Value))
        {
            builder.Append(",\"value\":");
            WriteString(builder, rule.Value);
        }
        if (rule.Values is { Count: > 0 } values)
        {
            builder.Append(",\"values\":[");
            for (var i = 0; i < values.Count; i++)
            {
                if (i > 0)
                {
                    builder.Append(',');
                }
                WriteString(builder, values[i]);
            }
            builder.Append(']');
        }
        if (rule.Nested is not null)
        {
            builder.Append(",\"nested\":");
            WriteSet(builder, rule.Nested, depth + 1);
        }
        builder.Append('}');
    }

    // Go's encoding/json string escaping with HTML escaping on (its default, and jsoniter's in Forgejo).
    private static void WriteString(StringBuilder builder, string? value)
    {
        builder.Append('"');
        foreach (var rune in (value ?? "").EnumerateRunes())
        {
            switch (rune.Value)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append(@"\\"); break;
                case '\b': builder.Append(@"\b"); break;
                case '\f': builder.Append(@"\f"); break;
                case '\n': builder.Append(@"\n"); break;
                case '\r': builder.Append(@"\r"); break;
                case '\t': builder.Append(@"\t"); break;
                case < 0x20 or '<' or '>' or '&' or 0x2028 or 0x2029:
                    builder.Append(@"\u").Append(rune.Value.ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default:
                    builder.Append(rune.ToString());
                    break;
            }
        }
        builder.Append('"');
    }
}
