namespace Forgejo.Domain.ClaimRules;

/// <summary>One reason a claim-rules document is invalid.</summary>
/// <param name="Path">Where, in Forgejo's notation: <c>root</c>, <c>root[0].value</c>, <c>root.claim[1].values[2]</c>.</param>
/// <param name="Message">Forgejo's message, which ends with or contains the path, e.g. <c>claim value missing at root[0].value</c>.</param>
public sealed record ClaimRuleProblem(string Path, string Message)
{
    public override string ToString() => Message;
}
