using System.Text.Json;
using Forgejo.Domain.ClaimRules;

namespace Forgejo.Tests.ClaimRules;

/// <summary>Short forms for the test tables: JSON is written with backticks for quotes.</summary>
internal static class ClaimRulesTestData
{
    public static JsonElement Claims(string json) => JsonSerializer.Deserialize<JsonElement>(Json(json));

    public static ClaimRuleSet? Rules(string? json) => json is null ? null : ClaimRuleSetJson.Deserialize(Json(json));

    public static string Json(string backticked) => backticked.Replace('`', '"');

    public static ClaimRuleResult Evaluate(string? rules, string claims) =>
        ClaimRuleEvaluator.Evaluate(Rules(rules), Claims(claims));
}
