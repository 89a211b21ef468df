using System.Diagnostics.CodeAnalysis;

namespace Forgejo.Domain.ClaimRules;

/// <summary>
/// A compiled glob in the dialect of gobwas/glob v0.2.3 with no separator characters, the one
/// Forgejo uses for claim rules: whole-string match, per Unicode code point; <c>*</c> and <c>**</c>
/// match any run of characters (including <c>/</c> and <c>:</c>), <c>?</c> one character,
/// <c>[abc]</c>, <c>[a-z]</c> and <c>[!…]</c> one character (one range per bracket),
/// <c>{a,b}</c> alternatives (nestable), <c>\c</c> a literal c. Compiled globs are immutable
/// and safe to share between threads; matching is linear in the input and allocation-free.
/// </summary>
public sealed class Glob
{
    private readonly GlobProgram _program;

    private Glob(string pattern, GlobProgram program)
    {
        Pattern = pattern;
        _program = program;
    }

    public string Pattern { get; }

    /// <exception cref="GlobSyntaxException">The pattern does not compile; the message is gobwas/glob's.</exception>
    public static Glob Compile(string pattern) =>
        TryCompile(pattern, out var glob, out var error) ? glob : throw new GlobSyntaxException(pattern, error);

    /// <summary>Compiles without throwing; <paramref name="error"/> gets gobwas/glob's message on failure.</summary>
    public static bool TryCompile(string pattern, [NotNullWhen(true)] out Glob? glob, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        glob = null;
        // gobwas treats NUL as end of input and silently drops the rest of the pattern, so "a*\0b"
        // would mean "a*": refuse it rather than match more than the author wrote.
        if (pattern.Contains('\0'))
        {
            error = "NUL character is not allowed";
            return false;
        }
        if (!GlobParser.TryParse(pattern, out var tree, out error))
        {
            return false;
        }
        glob = new Glob(pattern, GlobCompiler.Compile(tree));
        return true;
    }

    /// <summary>True when the whole input matches the pattern.</summary>
    public bool IsMatch(ReadOnlySpan<char> input) => _program.IsMatch(input);

    public override string ToString() => Pattern;
}
