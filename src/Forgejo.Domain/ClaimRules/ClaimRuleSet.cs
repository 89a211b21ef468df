using System.Text.Json.Serialization;

namespace Forgejo.Domain.ClaimRules;

/// <summary>
/// Forgejo's <c>ClaimRules</c> document, <c>{"rules":[...]}</c>. All rules must hold; null or empty rules accept every token.
/// </summary>
public sealed class ClaimRuleSet
{
    [JsonPropertyName("rules")]
    public List<ClaimRule>? Rules { get; set; }
}
