namespace Forgejo.Domain.ClaimRules;

/// <summary>The <c>compare</c> values Forgejo defines. Any other value fails validation and evaluation.</summary>
public static class ClaimCompare
{
    /// <summary>The claim is a string equal (ordinal, case-sensitive) to <c>value</c>.</summary>
    public const string Equal = "eq";

    /// <summary>The claim is a string matching the whole glob in <c>value</c>.</summary>
    public const string Glob = "glob";

    /// <summary>The claim is an object and satisfies the <c>nested</c> rules.</summary>
    public const string Nest = "nest";

    /// <summary>The claim is a string equal to one of <c>values</c>.</summary>
    public const string In = "in";

    /// <summary>The claim is a string matching at least one glob in <c>values</c>.</summary>
    public const string GlobIn = "glob-in";
}
