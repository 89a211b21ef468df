namespace Forgejo.Domain.ClaimRules;

internal enum GlobTokenKind
{
    Error,
    Eof,
    Text,
    Any,
    Super,
    Single,
    Not,
    Separator,
    RangeOpen,
    RangeClose,
    RangeLo,
    RangeBetween,
    RangeHi,
    TermsOpen,
    TermsClose,
}

/// <summary>One lexer token. <see cref="Text"/> holds the code points of a text run or the error message;
/// <see cref="CodePoint"/> the character of a range bound.</summary>
internal readonly record struct GlobToken(GlobTokenKind Kind, string Text = "", int CodePoint = 0);
