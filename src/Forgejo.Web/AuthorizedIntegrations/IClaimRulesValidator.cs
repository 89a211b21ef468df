using Forgejo.Domain.ClaimRules;

namespace Forgejo.Web.AuthorizedIntegrations;

/// <summary>
/// SEAM: validation of claim rules on create and update. Replace <see cref="ShapeOnlyClaimRulesValidator"/> with the
/// real validator from <c>Forgejo.Domain.ClaimRules</c> when that branch is merged (one registration in ForgejoServer
/// and one construction in the CLI). Returns null when valid, else a message starting with "invalid claim rules".
/// </summary>
public interface IClaimRulesValidator
{
    string? Validate(ClaimRuleSet rules);
}

/// <summary>Placeholder: the JSON shape was already checked by <see cref="ClaimRulesShape"/>; nothing more is checked here.</summary>
public sealed class ShapeOnlyClaimRulesValidator : IClaimRulesValidator
{
    public string? Validate(ClaimRuleSet rules) => null;
}
