using Forgejo.Domain.ClaimRules;

namespace Forgejo.Tests.ClaimRules;

public sealed class GlobTests
{
    // Every construct of the dialect (spec §2.3).
    [Theory]
    [InlineData("", "", true)]
    [InlineData("", "a", false)]
    [InlineData("abc", "abc", true)]
    [InlineData("abc", "abcd", false)]
    [InlineData("abc", "ABC", false)]
    // Whole-string match only.
    [InlineData("*c", "abc", true)]
    [InlineData("*c", "a c or two but not at the end", false)]
    [InlineData("a*", "xa", false)]
    // * and ** match any run, empty included, across / : and . (no separators configured).
    [InlineData("*", "", true)]
    [InlineData("*", "repo:acme/app:ref:refs/heads/main", true)]
    [InlineData("repo:acme/*", "repo:acme/app:ref:refs/heads/main", true)]
    [InlineData("a*b", "ab", true)]
    [InlineData("a*b", "a/x:y.z/b", true)]
    [InlineData("a**b", "a/x:y/b", true)]
    [InlineData("a***b", "ab", true)]
    [InlineData("a*b*c", "abbbcbc", true)]
    [InlineData("a*b*c", "acb", false)]
    // ? is exactly one character.
    [InlineData("?", "a", true)]
    [InlineData("?", "", false)]
    [InlineData("?", "ab", false)]
    [InlineData("a?c", "a/c", true)]
    [InlineData("??", "é", false)]
    // Bracket lists, negation and one range.
    [InlineData("[abc]", "b", true)]
    [InlineData("[abc]", "d", false)]
    [InlineData("[abc]", "", false)]
    [InlineData("[!abc]", "d", true)]
    [InlineData("[!abc]", "a", false)]
    [InlineData("[!abc]", "", false)]
    [InlineData("[a-z]", "m", true)]
    [InlineData("[a-z]", "A", false)]
    [InlineData("[!a-z]", "A", true)]
    [InlineData("[!a-z]", "m", false)]
    [InlineData("[0-9][0-9]", "42", true)]
    [InlineData("[a-a]", "a", true)]
    // A second '-' makes a list, not a range: [ab-c] is the characters a, b, '-' and c.
    [InlineData("[ab-c]", "-", true)]
    [InlineData("[ab-c]", "c", true)]
    [InlineData("[ab-c]", "b", true)]
    [InlineData("[ab-c]", "x", false)]
    [InlineData("[-a]", "-", true)]
    [InlineData("[--a]", "0", true)]
    [InlineData("[]-a]", "^", true)]
    [InlineData("[!!]", "!", false)]
    [InlineData("[!!]", "?", true)]
    [InlineData("[a!]", "!", true)]
    [InlineData("[*?{]", "*", true)]
    [InlineData("[*?{]", "x", false)]
    [InlineData(@"[\]]", "]", true)]
    [InlineData(@"[\!a]", "!", true)]
    // Alternation, nesting, empty alternatives.
    [InlineData("{push,workflow_dispatch}", "push", true)]
    [InlineData("{push,workflow_dispatch}", "workflow_dispatch", true)]
    [InlineData("{push,workflow_dispatch}", "pull_request", false)]
    [InlineData("{push,workflow_dispatch}", "pushworkflow_dispatch", false)]
    [InlineData("refs/{heads/main,tags/v*}", "refs/tags/v1.0", true)]
    [InlineData("refs/{heads/main,tags/v*}", "refs/heads/mainline", false)]
    [InlineData("a{b,{c,d}e}f", "adef", true)]
    [InlineData("a{b,{c,d}e}f", "abf", true)]
    [InlineData("a{b,{c,d}e}f", "adf", false)]
    [InlineData("{,x}y", "y", true)]
    [InlineData("{,x}y", "xy", true)]
    [InlineData("{}", "", true)]
    [InlineData("a{}b", "ab", true)]
    [InlineData("{*a,*b}c", "xxbc", true)]
    [InlineData("{a,?b}*", "xb!*,", true)]
    [InlineData(".{acme*,heads}[a-c][!a]", ".acmeacmexaa/", true)]
    // An unclosed { is accepted: the alternation runs to the end of the pattern.
    [InlineData("x{a,b", "xa", true)]
    [InlineData("x{a,b", "xb", true)]
    [InlineData("x{a,b", "x{a,b", false)]
    [InlineData("{a,b*", "bzz", true)]
    // Outside braces, } and , are literals; a ] outside a bracket is too.
    [InlineData("a,b}", "a,b}", true)]
    [InlineData("a]", "a]", true)]
    [InlineData("{a,b}}", "a}", true)]
    // Backslash escapes; a trailing lone backslash is dropped.
    [InlineData(@"\*", "*", true)]
    [InlineData(@"\*", "x", false)]
    [InlineData(@"\?", "?", true)]
    [InlineData(@"\[a]", "[a]", true)]
    [InlineData(@"\{a,b}", "{a,b}", true)]
    [InlineData(@"{a\,b,c}", "a,b", true)]
    [InlineData(@"{a\}b,c}", "a}b", true)]
    [InlineData(@"a\\b", @"a\b", true)]
    [InlineData(@"\a\b", "ab", true)]
    [InlineData(@"a\", "a", true)]
    [InlineData(@"a\", @"a\", false)]
    public void Matches_the_gobwas_dialect(string pattern, string input, bool expected) =>
        Assert.Equal(expected, Glob.Compile(pattern).IsMatch(input));

    // Matching is per code point and ranges compare code points.
    [Theory]
    [InlineData("?", "😀", true)]
    [InlineData("?", "😀😀", false)]
    [InlineData("??", "😀😀", true)]
    [InlineData("a?c", "a😀c", true)]
    [InlineData("[😀-😂]", "😁", true)]
    [InlineData("[😀-😂]", "😃", false)]
    [InlineData("[!😀]", "😁", true)]
    [InlineData("[!😀]", "😀", false)]
    [InlineData("[a😀]", "😀", true)]
    [InlineData("{😀,é}x", "éx", true)]
    [InlineData("?", "é", true)]
    // "e" + U+0301 COMBINING ACUTE ACCENT is two code points.
    [InlineData("?", "e\u0301", false)]
    [InlineData("[à-ÿ]", "é", true)]
    [InlineData("*ü*", "grüße", true)]
    [InlineData("a\\\uD83D\uDE00", "a😀", true)]
    public void Matches_per_code_point(string pattern, string input, bool expected) =>
        Assert.Equal(expected, Glob.Compile(pattern).IsMatch(input));

    // gobwas/glob's own error messages, which Forgejo shows to users.
    [Theory]
    [InlineData("[abc", "unexpected end of input")]
    [InlineData("[a-", "unexpected end of input")]
    [InlineData("[a-z", "unexpected end of input")]
    [InlineData("[!", "unexpected end of input")]
    [InlineData("abc[", "unexpected end of input")]
    [InlineData("[a-]", "unexpected end of input")]
    [InlineData("[z-a", "unexpected end of input")]
    [InlineData("[]", "could not parse range")]
    [InlineData("[!]", "could not parse range")]
    [InlineData("[z-a]", "hi character 'a' should be greater than lo 'z'")]
    [InlineData("[😂-😀]", "hi character '😀' should be greater than lo '😂'")]
    [InlineData("[a-]]", "hi character ']' should be greater than lo 'a'")]
    [InlineData("[a-z0-9]", "expected close range character")]
    [InlineData("[a-bc]", "expected close range character")]
    [InlineData("{a,[b-a]}", "hi character 'a' should be greater than lo 'b'")]
    // Go's decoder turns invalid UTF-8 into U+FFFD, which gobwas refuses (lone surrogates: see below).
    [InlineData("a\uFFFD", "could not read rune")]
    // The first error in pattern order wins, as gobwas lexes lazily.
    [InlineData("[z-a][", "hi character 'a' should be greater than lo 'z'")]
    [InlineData("[][z-a]", "could not parse range")]
    // Not gobwas: it treats NUL as end of input and ignores the rest, so "a*\0b" would mean "a*".
    [InlineData("a*\0b", "NUL character is not allowed")]
    public void Reports_gobwas_compile_errors(string pattern, string message)
    {
        Assert.False(Glob.TryCompile(pattern, out var glob, out var error));
        Assert.Null(glob);
        Assert.Equal(message, error);

        var exception = Assert.Throws<GlobSyntaxException>(() => Glob.Compile(pattern));
        Assert.Equal(message, exception.Message);
        Assert.Equal(pattern, exception.Pattern);
    }

    // Kept out of [InlineData]: xunit's serialization of theory data replaces lone surrogates.
    [Fact]
    public void Treats_lone_surrogates_as_U_FFFD()
    {
        // In the input, one U+FFFD character, as Go sees the string after JSON decoding.
        Assert.True(Glob.Compile("a?b").IsMatch("a\uD800b"));
        Assert.True(Glob.Compile("a?b").IsMatch("a\uDC00b"));
        Assert.True(Glob.Compile("*?").IsMatch("\uD83D"));
        // In the pattern, what JSON decoding gives Go for it (U+FFFD) does not compile.
        Assert.Equal("could not read rune", Assert.Throws<GlobSyntaxException>(() => Glob.Compile("a\uD800")).Message);
        Assert.Equal("could not read rune", Assert.Throws<GlobSyntaxException>(() => Glob.Compile("\uDC00*")).Message);
        // gobwas's bracket lexer overwrites that error with its own, as checked against gobwas itself.
        Assert.Equal("unexpected end of input", Assert.Throws<GlobSyntaxException>(() => Glob.Compile("[a\uD800]")).Message);
    }

    // gobwas/glob v0.2.3's compiled matchers disagree with its own documented syntax on some patterns;
    // these follow the syntax (checked against gobwas itself and an independent regex reference).
    [Theory]
    // gobwas: a pattern that is a single ? or [!…] matches the empty string.
    [InlineData("?", "")]
    [InlineData("[!a]", "")]
    [InlineData("{?,refs}", "")]
    // gobwas: prefix*suffix lets prefix and suffix overlap, so "a*a" matches "a".
    [InlineData("a*a", "a")]
    [InlineData("main-*-", "main-")]
    public void Does_not_share_gobwas_over_matches(string pattern, string input) =>
        Assert.False(Glob.Compile(pattern).IsMatch(input));

    [Theory]
    // gobwas misses these matches (alternatives with wildcards followed by more pattern) or panics on them.
    [InlineData(".{acme*,heads}[a-c][!a]", ".acmeacmexaa/")]
    [InlineData("{b**[a-c],b}[a-c]", "ba")]
    [InlineData("*{", "anything")]
    public void Finds_matches_gobwas_misses(string pattern, string input) =>
        Assert.True(Glob.Compile(pattern).IsMatch(input));

    // Correctness on inputs that make a backtracking matcher explode; speed is measured in bench/.
    [Fact]
    public void Handles_adversarial_patterns_on_long_inputs()
    {
        var glob = Glob.Compile("*a*a*a*a*a*b");
        var run = new string('a', 10 * 1024);

        Assert.False(glob.IsMatch(run));
        Assert.True(glob.IsMatch(run + "b"));
        Assert.False(Glob.Compile("{*a,*b}{*a,*b}{*a,*b}{*a,*b}c").IsMatch(run));
        Assert.True(Glob.Compile("{*a,*b}{*a,*b}{*a,*b}{*a,*b}c").IsMatch(run + "c"));
    }

    [Fact]
    public void Matches_patterns_with_more_states_than_fit_on_the_stack()
    {
        var literal = string.Concat(Enumerable.Repeat("ab?", 400));
        var input = string.Concat(Enumerable.Repeat("abx", 400));

        Assert.True(Glob.Compile(literal).IsMatch(input));
        Assert.False(Glob.Compile(literal).IsMatch(input.AsSpan(0, input.Length - 1)));
    }

    [Fact]
    public void Keeps_its_pattern()
    {
        var glob = Glob.Compile("repo:acme/*");

        Assert.Equal("repo:acme/*", glob.Pattern);
        Assert.Equal("repo:acme/*", glob.ToString());
    }

    [Fact]
    public void Can_be_shared_between_threads()
    {
        var glob = Glob.Compile("repo:{acme,octo}/*:ref:refs/heads/[a-m]*");

        Parallel.For(0, 2000, i =>
        {
            Assert.True(glob.IsMatch($"repo:acme/app{i}:ref:refs/heads/main"));
            Assert.False(glob.IsMatch($"repo:acme/app{i}:ref:refs/heads/x"));
        });
    }
}
