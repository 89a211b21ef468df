using System.Text;

namespace Forgejo.Domain.ClaimRules;

/// <summary>
/// Tokenizer for the gobwas/glob v0.2.3 syntax, kept state for state like the original
/// (<c>syntax/lexer/lexer.go</c>) because its quirks decide which patterns compile and which
/// error message wins: the lexer is pulled lazily by the parser, a later error overwrites an
/// earlier one, and a range is tokenized whole before the parser sees its first token.
/// </summary>
internal sealed class GlobLexer
{
    // gobwas uses rune 0 as its end-of-input marker; Glob rejects NUL before lexing, so it is unambiguous here.
    private const int Eof = 0;

    private static ReadOnlySpan<int> TextBreakers => ['?', '*', '[', '{'];
    private static ReadOnlySpan<int> TermsBreakers => ['?', '*', '[', '{', '}', ','];
    private static ReadOnlySpan<int> RangeBreakers => [']'];

    private readonly string _data;
    private readonly Queue<GlobToken> _tokens = new();
    private int _position;
    private string? _error;
    private int _termsLevel;
    private int _lastRune;
    private int _lastRuneSize;
    private bool _hasRune;

    public GlobLexer(string pattern) => _data = pattern;

    public GlobToken Next()
    {
        while (true)
        {
            if (_error is not null)
            {
                return new GlobToken(GlobTokenKind.Error, _error);
            }
            if (_tokens.Count > 0)
            {
                return _tokens.Dequeue();
            }
            FetchItem();
        }
    }

    private (int Rune, int Size) Peek()
    {
        if (_position == _data.Length)
        {
            return (Eof, 0);
        }
        // Go's decoder reports invalid UTF-8 as U+FFFD and gobwas rejects that value, so a literal
        // U+FFFD is refused as well as a lone surrogate (which Go's JSON decoding turns into U+FFFD).
        var status = Rune.DecodeFromUtf16(_data.AsSpan(_position), out var rune, out var size);
        if (status != System.Buffers.OperationStatus.Done || rune == Rune.ReplacementChar)
        {
            _error = "could not read rune";
            return (Eof, 0);
        }
        return (rune.Value, size);
    }

    private int Read()
    {
        if (_hasRune)
        {
            _hasRune = false;
            _position += _lastRuneSize;
            return _lastRune;
        }
        var (rune, size) = Peek();
        _position += size;
        _lastRune = rune;
        _lastRuneSize = size;
        return rune;
    }

    private void Unread()
    {
        _position -= _lastRuneSize;
        _hasRune = true;
    }

    private void FetchItem()
    {
        var r = Read();
        switch (r)
        {
            case Eof:
                _tokens.Enqueue(new GlobToken(GlobTokenKind.Eof));
                break;
            case '{':
                _termsLevel++;
                _tokens.Enqueue(new GlobToken(GlobTokenKind.TermsOpen));
                break;
            case ',' when _termsLevel > 0:
                _tokens.Enqueue(new GlobToken(GlobTokenKind.Separator));
                break;
            case '}' when _termsLevel > 0:
                _tokens.Enqueue(new GlobToken(GlobTokenKind.TermsClose));
                _termsLevel--;
                break;
            case '[':
                _tokens.Enqueue(new GlobToken(GlobTokenKind.RangeOpen));
                FetchRange();
                break;
            case '?':
                _tokens.Enqueue(new GlobToken(GlobTokenKind.Single));
                break;
            case '*':
                if (Read() == '*')
                {
                    _tokens.Enqueue(new GlobToken(GlobTokenKind.Super));
                }
                else
                {
                    Unread();
                    _tokens.Enqueue(new GlobToken(GlobTokenKind.Any));
                }
                break;
            default:
                Unread();
                FetchText(_termsLevel > 0 ? TermsBreakers : TextBreakers);
                break;
        }
    }

    private void FetchRange()
    {
        var wantHi = false;
        var wantClose = false;
        var seenNot = false;
        while (true)
        {
            var r = Read();
            if (r == Eof)
            {
                _error = "unexpected end of input";
                return;
            }
            if (wantClose)
            {
                if (r != ']')
                {
                    _error = "expected close range character";
                }
                else
                {
                    _tokens.Enqueue(new GlobToken(GlobTokenKind.RangeClose));
                }
                return;
            }
            if (wantHi)
            {
                _tokens.Enqueue(new GlobToken(GlobTokenKind.RangeHi, CodePoint: r));
                wantClose = true;
                continue;
            }
            if (!seenNot && r == '!')
            {
                _tokens.Enqueue(new GlobToken(GlobTokenKind.Not));
                seenNot = true;
                continue;
            }
            var (next, size) = Peek();
            if (next == '-')
            {
                _position += size;
                _tokens.Enqueue(new GlobToken(GlobTokenKind.RangeLo, CodePoint: r));
                _tokens.Enqueue(new GlobToken(GlobTokenKind.RangeBetween));
                wantHi = true;
                continue;
            }
            Unread();
            FetchText(RangeBreakers);
            wantClose = true;
        }
    }

    private void FetchText(ReadOnlySpan<int> breakers)
    {
        var text = new StringBuilder();
        var escaped = false;
        while (true)
        {
            var r = Read();
            if (r == Eof)
            {
                break;
            }
            if (!escaped)
            {
                if (r == '\\')
                {
                    escaped = true;
                    continue;
                }
                if (breakers.Contains(r))
                {
                    Unread();
                    break;
                }
            }
            escaped = false;
            text.Append(char.ConvertFromUtf32(r));
        }
        if (text.Length > 0)
        {
            _tokens.Enqueue(new GlobToken(GlobTokenKind.Text, text.ToString()));
        }
    }
}
