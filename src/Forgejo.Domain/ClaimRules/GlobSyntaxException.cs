namespace Forgejo.Domain.ClaimRules;

/// <summary>A glob pattern does not compile. <see cref="Exception.Message"/> is gobwas/glob's own text,
/// e.g. "unexpected end of input", which Forgejo shows to users.</summary>
public sealed class GlobSyntaxException(string pattern, string message) : FormatException(message)
{
    public string Pattern { get; } = pattern;
}
