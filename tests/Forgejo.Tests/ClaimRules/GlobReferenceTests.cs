using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Forgejo.Domain.ClaimRules;

namespace Forgejo.Tests.ClaimRules;

/// <summary>
/// Property-style check: random patterns are generated as a tree and written out twice, once in glob
/// syntax and once as an anchored .NET regex, then both judge the same inputs. Inputs are ASCII, so a
/// regex character is a code point. The seed is fixed, so a failure reproduces. Run twice: as generated
/// (small programs, the bit-parallel engine) and behind 64 extra <c>?</c> (the engine for large programs).
/// </summary>
public sealed class GlobReferenceTests
{
    private const string Alphabet = @"ab-!,{}[]*?\";

    [Theory]
    [InlineData(0)]
    [InlineData(64)]
    public void Agrees_with_a_regex_reference_on_generated_patterns(int leadingSingles)
    {
        var random = new Random(20260701);
        var lead = new string('?', leadingSingles);
        var disagreements = new List<string>();
        var matches = 0;
        var cases = 0;
        for (var p = 0; p < 2000; p++)
        {
            var pattern = Sequence(random, depth: 0, inBraces: false);
            var glob = Glob.Compile(lead + pattern.Glob);
            var regex = new Regex($@"\A.{{{leadingSingles}}}(?:{pattern.Regex})\z", RegexOptions.Singleline | RegexOptions.CultureInvariant);
            for (var i = 0; i < 10; i++)
            {
                var input = RandomText(random, leadingSingles) + (i < 5 ? pattern.Sample(random) : Mutate(random, pattern.Sample(random)));
                var expected = regex.IsMatch(input);
                if (glob.IsMatch(input) != expected)
                {
                    disagreements.Add($"glob {pattern.Glob} regex {pattern.Regex} input {input} expected {expected}");
                }
                matches += expected ? 1 : 0;
                cases++;
            }
        }

        Assert.Empty(disagreements);
        Assert.Equal(20_000, cases);
        // Guard against a generator that only ever produces one answer.
        Assert.InRange(matches, cases / 4, cases * 3 / 4);
    }

    private sealed record Generated(string Glob, string Regex, Func<Random, string> Sample);

    private static Generated Sequence(Random random, int depth, bool inBraces)
    {
        var parts = Enumerable.Range(0, random.Next(depth == 0 ? 1 : 0, 5))
            .Select(_ => Element(random, depth, inBraces))
            .ToList();
        return new Generated(
            string.Concat(parts.Select(part => part.Glob)),
            string.Concat(parts.Select(part => part.Regex)),
            r => string.Concat(parts.Select(part => part.Sample(r))));
    }

    private static Generated Element(Random random, int depth, bool inBraces)
    {
        switch (random.Next(depth < 3 ? 8 : 7))
        {
            case 0 or 1:
                var literal = Alphabet[random.Next(Alphabet.Length)];
                return new Generated(GlobLiteral(literal, inBraces), Regex.Escape(literal.ToString()), _ => literal.ToString());
            case 2:
                return new Generated(random.Next(2) == 0 ? "*" : "**", ".*", r => RandomText(r, r.Next(4)));
            case 3:
                return new Generated("?", ".", r => RandomText(r, 1));
            case 4:
                var members = string.Concat("ab,{}*?".OrderBy(_ => random.Next()).Take(random.Next(1, 4)));
                var negated = random.Next(2) == 0;
                var outside = Alphabet.Where(c => !members.Contains(c)).ToArray();
                return new Generated(
                    negated ? $"[!{members}]" : $"[{members}]",
                    $"[{(negated ? "^" : "")}{string.Concat(members.Select(Hex))}]",
                    r => (negated ? outside[r.Next(outside.Length)] : members[r.Next(members.Length)]).ToString());
            case 5:
                var low = "ab,{"[random.Next(4)];
                var high = (char)(low + random.Next(3));
                var negate = random.Next(3) == 0;
                return new Generated(
                    negate ? $"[!{low}-{high}]" : $"[{low}-{high}]",
                    $"[{(negate ? "^" : "")}{Hex(low)}-{Hex(high)}]",
                    r => negate ? "~" : ((char)(low + r.Next(high - low + 1))).ToString());
            case 6:
                return new Generated("{}", "", _ => "");
            default:
                var alternatives = Enumerable.Range(0, random.Next(1, 4)).Select(_ => Sequence(random, depth + 1, inBraces: true)).ToList();
                return new Generated(
                    "{" + string.Join(",", alternatives.Select(a => a.Glob)) + "}",
                    "(?:" + string.Join("|", alternatives.Select(a => a.Regex)) + ")",
                    r => alternatives[r.Next(alternatives.Count)].Sample(r));
        }
    }

    // Escape what is special where the literal stands; leave the rest bare to exercise the lexer.
    private static string GlobLiteral(char literal, bool inBraces) =>
        literal is '*' or '?' or '[' or '{' or '\\' || (inBraces && literal is ',' or '}')
            ? "\\" + literal
            : literal.ToString();

    private static string Hex(char c) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);

    private static string RandomText(Random random, int length)
    {
        var text = new StringBuilder();
        for (var i = 0; i < length; i++)
        {
            text.Append(Alphabet[random.Next(Alphabet.Length)]);
        }
        return text.ToString();
    }

    private static string Mutate(Random random, string input)
    {
        if (input.Length == 0)
        {
            return RandomText(random, random.Next(3));
        }
        var at = random.Next(input.Length);
        return random.Next(3) switch
        {
            0 => input.Remove(at, 1),
            1 => input.Insert(at, RandomText(random, 1)),
            _ => input.Remove(at, 1).Insert(at, RandomText(random, 1)),
        };
    }
}
