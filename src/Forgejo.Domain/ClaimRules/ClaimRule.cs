using System.Text.Json.Serialization;

namespace Forgejo.Domain.ClaimRules;

/// <summary>One rule of a <see cref="ClaimRuleSet"/>, with Forgejo's JSON keys.</summary>
public sealed class ClaimRule
{
    [JsonPropertyName("claim")]
    public string Claim { get; set; } = "";

    /// <summary><c>eq</c>, <c>glob</c>, <c>nest</c>, <c>in</c> or <c>glob-in</c>; anything else fails validation and evaluation.</summary>
    [JsonPropertyName("compare")]
    public string Compare { get; set; } = "";

    [JsonPropertyName("value")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Value { get; set; }

    [JsonPropertyName("values")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string>? Values { get; set; }

    [JsonPropertyName("nested")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ClaimRuleSet? Nested { get; set; }
}
