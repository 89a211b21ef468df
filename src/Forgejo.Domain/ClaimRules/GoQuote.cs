using System.Globalization;
using System.Text;

namespace Forgejo.Domain.ClaimRules;

/// <summary>
/// Go's <c>%q</c> (strconv.Quote), so failure messages read exactly like Forgejo's and a claim value
/// from an unverified token cannot inject newlines or control characters into logs.
/// </summary>
internal static class GoQuote
{
    public static string Quote(string? value)
    {
        var builder = new StringBuilder((value?.Length ?? 0) + 2);
        Append(builder, value);
        return builder.ToString();
    }

    /// <summary><c>%q</c> of a <c>[]string</c>: <c>["a" "b"]</c>, and <c>[]</c> when empty or null.</summary>
    public static string QuoteList(IReadOnlyList<string?>? values)
    {
        var builder = new StringBuilder("[");
        for (var i = 0; i < (values?.Count ?? 0); i++)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }
            Append(builder, values![i]);
        }
        return builder.Append(']').ToString();
    }

    private static void Append(StringBuilder builder, string? value)
    {
        builder.Append('"');
        foreach (var rune in (value ?? "").EnumerateRunes())
        {
            AppendRune(builder, rune);
        }
        builder.Append('"');
    }

    private static void AppendRune(StringBuilder builder, Rune rune)
    {
        var value = rune.Value;
        switch (value)
        {
            case '"' or '\\':
                builder.Append('\\').Append((char)value);
                return;
            case '\a': builder.Append(@"\a"); return;
            case '\b': builder.Append(@"\b"); return;
            case '\f': builder.Append(@"\f"); return;
            case '\n': builder.Append(@"\n"); return;
            case '\r': builder.Append(@"\r"); return;
            case '\t': builder.Append(@"\t"); return;
            case '\v': builder.Append(@"\v"); return;
        }
        if (IsPrint(rune))
        {
            builder.Append(rune.ToString());
        }
        else if (value < ' ' || value == 0x7f)
        {
            builder.Append(@"\x").Append(value.ToString("x2", CultureInfo.InvariantCulture));
        }
        else if (value < 0x10000)
        {
            builder.Append(@"\u").Append(value.ToString("x4", CultureInfo.InvariantCulture));
        }
        else
        {
            builder.Append(@"\U").Append(value.ToString("x8", CultureInfo.InvariantCulture));
        }
    }

    // Go's unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space.
    private static bool IsPrint(Rune rune) => rune.Value == ' ' || Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
            or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned => false,
        _ => true,
    };
}
