using System.Diagnostics.CodeAnalysis;

namespace Forgejo.Domain.ClaimRules;

/// <summary>
/// Builds the syntax tree from <see cref="GlobLexer"/> tokens, following gobwas/glob's
/// <c>syntax/ast/parser.go</c> so the same patterns fail with the same messages.
/// </summary>
internal static class GlobParser
{
    public static bool TryParse(string pattern, [NotNullWhen(true)] out GlobSequenceNode? tree, [NotNullWhen(false)] out string? error)
    {
        tree = null;
        var lexer = new GlobLexer(pattern);
        var root = new GlobSequenceNode();
        GlobNode current = root;
        while (true)
        {
            var token = lexer.Next();
            switch (token.Kind)
            {
                case GlobTokenKind.Eof:
                    tree = root;
                    error = null;
                    return true;
                case GlobTokenKind.Error:
                    error = token.Text;
                    return false;
                case GlobTokenKind.Text:
                    ((GlobSequenceNode)current).Add(new GlobTextNode(token.Text));
                    break;
                case GlobTokenKind.Any:
                case GlobTokenKind.Super:
                    ((GlobSequenceNode)current).Add(new GlobStarNode());
                    break;
                case GlobTokenKind.Single:
                    ((GlobSequenceNode)current).Add(new GlobSingleNode());
                    break;
                case GlobTokenKind.RangeOpen:
                    if (!TryParseRange(lexer, out var range, out error))
                    {
                        return false;
                    }
                    ((GlobSequenceNode)current).Add(range);
                    break;
                case GlobTokenKind.TermsOpen:
                    var alternation = new GlobAlternationNode();
                    ((GlobSequenceNode)current).Add(alternation);
                    var first = new GlobSequenceNode();
                    alternation.Add(first);
                    current = first;
                    break;
                case GlobTokenKind.Separator:
                    var next = new GlobSequenceNode();
                    ((GlobAlternationNode)current.Parent!).Add(next);
                    current = next;
                    break;
                case GlobTokenKind.TermsClose:
                    current = current.Parent!.Parent!;
                    break;
                default:
                    error = $"unexpected token: {token.Kind}";
                    return false;
            }
        }
    }

    private static bool TryParseRange(GlobLexer lexer, [NotNullWhen(true)] out GlobNode? node, [NotNullWhen(false)] out string? error)
    {
        node = null;
        var negated = false;
        var low = 0;
        var high = 0;
        var chars = "";
        while (true)
        {
            var token = lexer.Next();
            switch (token.Kind)
            {
                case GlobTokenKind.Eof:
                    error = "unexpected end";
                    return false;
                case GlobTokenKind.Error:
                    error = token.Text;
                    return false;
                case GlobTokenKind.Not:
                    negated = true;
                    break;
                case GlobTokenKind.RangeLo:
                    low = token.CodePoint;
                    break;
                case GlobTokenKind.RangeHi:
                    high = token.CodePoint;
                    if (high < low)
                    {
                        error = $"hi character '{char.ConvertFromUtf32(high)}' should be greater than lo '{char.ConvertFromUtf32(low)}'";
                        return false;
                    }
                    break;
                case GlobTokenKind.Text:
                    chars = token.Text;
                    break;
                case GlobTokenKind.RangeClose:
                    var isRange = low != 0 && high != 0;
                    var isChars = chars.Length > 0;
                    if (isChars == isRange)
                    {
                        error = "could not parse range";
                        return false;
                    }
                    node = isRange
                        ? new GlobRangeNode(low, high, negated)
                        : new GlobListNode(CodePoints(chars), negated);
                    error = null;
                    return true;
            }
        }
    }

    private static int[] CodePoints(string text)
    {
        var result = new List<int>(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            result.Add(rune.Value);
        }
        return [.. result];
    }
}
