using System.Diagnostics.CodeAnalysis;

namespace Forgejo.Domain.ClaimRules;

/// <summary>Outcome of <see cref="ClaimRuleEvaluator.Evaluate"/>: success, or the first failed rule's
/// message in Forgejo's words (Forgejo's authentication prefixes it with "claim mismatch: ").</summary>
public readonly struct ClaimRuleResult
{
    private ClaimRuleResult(string error) => Error = error;

    public static ClaimRuleResult Success => default;

    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    /// <summary>Why the claims were rejected, e.g. <c>claim "sub" must be "repo:a/b:pull_request", but was "repo:a/c:push"</c>.</summary>
    public string? Error { get; }

    internal static ClaimRuleResult Failure(string error) => new(error);

    public override string ToString() => Error ?? "success";
}
