using System.Text.Json;
using Forgejo.Domain.ClaimRules;

namespace Forgejo.Web.AuthorizedIntegrations;

/// <summary>Checks that a client-supplied <c>claim_rules</c> value is a <c>{"rules":[...]}</c> document.</summary>
public static class ClaimRulesShape
{
    public static (ClaimRuleSet? Rules, string? Error) Parse(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object
            || !element.TryGetProperty("rules", out var rules)
            || rules.ValueKind != JsonValueKind.Array)
        {
            return (null, "invalid claim rules: must be an object {\"rules\":[...]}");
        }

        try
        {
            return (ClaimRuleSetJson.Deserialize(element.GetRawText()), null);
        }
        catch (JsonException ex)
        {
            // The serializer's message names .NET types; the path is what a client can act on.
            return (null, $"invalid claim rules: wrong JSON type or shape at {(ex.Path ?? "$").Replace("$", "claim_rules", StringComparison.Ordinal)}");
        }
    }
}
