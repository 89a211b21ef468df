using System.Text.Json;

namespace Forgejo.Domain.ClaimRules;

/// <summary>Reads and writes the stored <c>claim_rules</c> text exactly as Forgejo does.</summary>
public static class ClaimRuleSetJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        // Forgejo reads leniently: unknown keys are ignored.
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Skip,
    };

    public static string Serialize(ClaimRuleSet rules) => JsonSerializer.Serialize(Normalize(rules), Options);

    /// <exception cref="JsonException">The text is not a claim-rules document.</exception>
    public static ClaimRuleSet Deserialize(string json) =>
        JsonSerializer.Deserialize<ClaimRuleSet>(json, Options) ?? new ClaimRuleSet();

    // Go's omitempty drops empty strings and empty lists too, so "value":"" is never written.
    private static ClaimRuleSet Normalize(ClaimRuleSet rules) => new()
    {
        Rules = rules.Rules?.Select(rule => new ClaimRule
        {
            Claim = rule.Claim,
            Compare = rule.Compare,
            Value = string.IsNullOrEmpty(rule.Value) ? null : rule.Value,
            Values = rule.Values is { Count: > 0 } ? rule.Values : null,
            Nested = rule.Nested is null ? null : Normalize(rule.Nested),
        }).ToList(),
    };
}
