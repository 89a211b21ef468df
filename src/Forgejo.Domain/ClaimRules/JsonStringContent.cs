using System.Text;

namespace Forgejo.Domain.ClaimRules;

/// <summary>
/// Reads the raw UTF-8 content of a JSON string (the bytes between the quotes, escapes intact, as
/// <see cref="System.Text.Json.JsonDocument"/> keeps them) without allocating. System.Text.Json throws
/// on a lone surrogate escape such as <c>"\ud800"</c>, and token payloads are attacker-controlled
/// before the signature is checked, so this decodes such escapes to U+FFFD as Go's decoder does.
/// </summary>
internal static class JsonStringContent
{
    public static bool HasEscapes(ReadOnlySpan<byte> raw) => raw.Contains((byte)'\\');

    /// <summary>Decodes into <paramref name="destination"/>, which needs <c>raw.Length</c> chars: no escape
    /// or UTF-8 sequence yields more UTF-16 chars than it has bytes.</summary>
    public static int Decode(ReadOnlySpan<byte> raw, Span<char> destination)
    {
        if (!HasEscapes(raw))
        {
            // JsonDocument has already rejected invalid UTF-8.
            return Encoding.UTF8.GetChars(raw, destination);
        }
        var index = 0;
        var written = 0;
        while (index < raw.Length)
        {
            written += Next(raw, ref index).EncodeToUtf16(destination[written..]);
        }
        return written;
    }

    /// <summary>Compares escaped content with text, code point by code point.</summary>
    public static bool Equals(ReadOnlySpan<byte> raw, ReadOnlySpan<char> other)
    {
        var index = 0;
        var otherIndex = 0;
        while (index < raw.Length)
        {
            if (otherIndex == other.Length)
            {
                return false;
            }
            var left = Next(raw, ref index);
            Rune.DecodeFromUtf16(other[otherIndex..], out var right, out var consumed);
            otherIndex += consumed;
            if (left != right)
            {
                return false;
            }
        }
        return otherIndex == other.Length;
    }

    private static Rune Next(ReadOnlySpan<byte> raw, ref int index)
    {
        if (raw[index] != '\\')
        {
            Rune.DecodeFromUtf8(raw[index..], out var rune, out var consumed);
            index += consumed;
            return rune;
        }
        var escape = raw[index + 1];
        index += 2;
        switch (escape)
        {
            case (byte)'b': return new Rune('\b');
            case (byte)'f': return new Rune('\f');
            case (byte)'n': return new Rune('\n');
            case (byte)'r': return new Rune('\r');
            case (byte)'t': return new Rune('\t');
            case (byte)'u': break;
            default: return new Rune(escape); // '"', '\\' or '/'
        }
        var unit = Hex4(raw, index);
        index += 4;
        if (char.IsHighSurrogate((char)unit)
            && index + 6 <= raw.Length && raw[index] == '\\' && raw[index + 1] == 'u'
            && char.IsLowSurrogate((char)Hex4(raw, index + 2)))
        {
            var low = Hex4(raw, index + 2);
            index += 6;
            return new Rune((char)unit, (char)low);
        }
        return char.IsSurrogate((char)unit) ? Rune.ReplacementChar : new Rune(unit);
    }

    // The document was validated when parsed, so the four bytes are hex digits.
    private static int Hex4(ReadOnlySpan<byte> raw, int index)
    {
        var value = 0;
        for (var i = index; i < index + 4; i++)
        {
            var digit = raw[i];
            value = (value << 4) | (digit <= '9' ? digit - '0' : (digit | 0x20) - 'a' + 10);
        }
        return value;
    }
}
