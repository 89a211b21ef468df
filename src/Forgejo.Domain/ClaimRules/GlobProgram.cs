namespace Forgejo.Domain.ClaimRules;

/// <summary>
/// A compiled glob: the literal text it starts and ends with, compared as strings, and an NFA for
/// the part between them (skipped when that part is empty or a lone star).
/// </summary>
internal sealed class GlobProgram
{
    private readonly string _prefix;
    private readonly string _suffix;
    private readonly GlobNfa? _middle;
    private readonly bool _middleIsStar;

    public GlobProgram(string prefix, string suffix, GlobInstruction[] instructions, int[] data)
    {
        _prefix = prefix;
        _suffix = suffix;
        _middleIsStar = instructions is [{ Opcode: GlobOpcode.Star }, { Opcode: GlobOpcode.Match }];
        _middle = instructions.Length == 1 || _middleIsStar ? null : GlobNfa.Create(instructions, data);
    }

    public bool IsMatch(ReadOnlySpan<char> input)
    {
        // Ordinal comparison of UTF-16 code units is code-point comparison here: the pattern has no
        // lone surrogates, so prefix and suffix start and end on code-point boundaries. Requiring room
        // for both keeps them from overlapping (gobwas lets "a*a" match "a").
        if (input.Length < _prefix.Length + _suffix.Length
            || !input.StartsWith(_prefix, StringComparison.Ordinal)
            || !input.EndsWith(_suffix, StringComparison.Ordinal))
        {
            return false;
        }
        var middle = input[_prefix.Length..^_suffix.Length];
        return _middle?.IsMatch(middle) ?? (_middleIsStar || middle.IsEmpty);
    }
}
