using Forgejo.Domain.ClaimRules;
using static Forgejo.Tests.ClaimRules.ClaimRulesTestData;

namespace Forgejo.Tests.ClaimRules;

public sealed class ClaimRuleEvaluatorTests
{
    private const string ArbitraryEqAbc = "{`rules`:[{`claim`:`arbitrary`,`compare`:`eq`,`value`:`abc`}]}";
    private const string ArbitraryInAbcDef = "{`rules`:[{`claim`:`arbitrary`,`compare`:`in`,`values`:[`abc`,`def`]}]}";
    private const string ArbitraryInNothing = "{`rules`:[{`claim`:`arbitrary`,`compare`:`in`,`values`:[]}]}";
    private const string ArbitraryGlobEndsC = "{`rules`:[{`claim`:`arbitrary`,`compare`:`glob`,`value`:`*c`}]}";
    private const string ArbitraryGlobBroken = "{`rules`:[{`claim`:`arbitrary`,`compare`:`glob`,`value`:`[abc`}]}";
    private const string ArbitraryGlobIn = "{`rules`:[{`claim`:`arbitrary`,`compare`:`glob-in`,`values`:[`*c`,`*def*`]}]}";
    private const string ArbitraryGlobInBroken = "{`rules`:[{`claim`:`arbitrary`,`compare`:`glob-in`,`values`:[`[abc`]}]}";
    private const string ArbitraryGlobInNothing = "{`rules`:[{`claim`:`arbitrary`,`compare`:`glob-in`,`values`:[]}]}";
    private const string NestArbitraryEqAbc = "{`rules`:[{`claim`:`nest`,`compare`:`nest`,`nested`:{`rules`:[{`claim`:`arbitrary`,`compare`:`eq`,`value`:`abc`}]}}]}";
    private const string Arb1AndArb2 = "{`rules`:[{`claim`:`arb1`,`compare`:`eq`,`value`:`abc`},{`claim`:`arb2`,`compare`:`eq`,`value`:`123`}]}";
    private const string NoEndingC = "this string contains a c or two but doesn't end with one";
    private static readonly string LongName = new string('n', 99) + "A";

    // Forgejo's TestCheckClaims (spec §4.4), row by row. Go reports a number as "int" there (its test feeds
    // Go ints); a JSON payload only has numbers, named "number" here.
    public static TheoryData<string?, string, string?> ForgejoCheckClaims => new()
    {
        { null, "{}", null },
        { "{`rules`:[{`claim`:`iss`,`compare`:`eq`,`value`:`https://example.org`}]}", "{`iss`:`https://example.org`}", null },
        { "{`rules`:[{`claim`:`iss`,`compare`:`eq`,`value`:`https://example.org`}]}", "{`iss`:`https://other.example.org`}",
            "claim \"iss\" must be \"https://example.org\", but was \"https://other.example.org\"" },
        { "{`rules`:[{`claim`:`sub`,`compare`:`eq`,`value`:`my-stuff`}]}", "{`sub`:`my-stuff`}", null },
        { "{`rules`:[{`claim`:`sub`,`compare`:`eq`,`value`:`my-stuff`}]}", "{`sub`:`my-other-stuff`}",
            "claim \"sub\" must be \"my-stuff\", but was \"my-other-stuff\"" },
        { "{`rules`:[{`claim`:`jti`,`compare`:`eq`,`value`:`7d9a2e85-6b8d-4b59-bca0-09d702476338`}]}", "{`jti`:`7d9a2e85-6b8d-4b59-bca0-09d702476338`}", null },
        { "{`rules`:[{`claim`:`jti`,`compare`:`eq`,`value`:`7d9a2e85-6b8d-4b59-bca0-09d702476338`}]}", "{`jti`:`8855d16c-cd5f-4ace-b626-5c5875e1a993`}",
            "claim \"jti\" must be \"7d9a2e85-6b8d-4b59-bca0-09d702476338\", but was \"8855d16c-cd5f-4ace-b626-5c5875e1a993\"" },
        { "{`rules`:[{`claim`:`aud`,`compare`:`eq`,`value`:`the-best-audience`}]}", "{`aud`:[`the-best-audience`]}", null },
        { "{`rules`:[{`claim`:`aud`,`compare`:`eq`,`value`:`the-best-audience`}]}", "{`aud`:[`something-else`]}",
            "claim \"aud\" must be \"the-best-audience\", but was \"something-else\"" },
        { "{`rules`:[{`claim`:`aud`,`compare`:`eq`,`value`:`the-best-audience`}]}", "{`aud`:[`aud1`,`aud2`]}",
            "required one and only one `aud` claim, but received 2" },
        { ArbitraryEqAbc, "{`arbitrary`:`abc`}", null },
        { ArbitraryEqAbc, "{`arbitrary`:`123`}", "claim \"arbitrary\" must be \"abc\", but was \"123\"" },
        { ArbitraryEqAbc, "{}", "claim rule on \"arbitrary\" couldn't be satisfied: claim not found" },
        { ArbitraryEqAbc, "{`arbitrary`:123}", "claim \"arbitrary\" must be a string, but was number" },
        { ArbitraryInAbcDef, "{`arbitrary`:`abc`}", null },
        { ArbitraryInAbcDef, "{`arbitrary`:`def`}", null },
        { ArbitraryInAbcDef, "{`arbitrary`:`123`}", "claim \"arbitrary\" must be one of [\"abc\" \"def\"], but was \"123\"" },
        { ArbitraryInAbcDef, "{`arbitrary`:123}", "claim \"arbitrary\" must be a string, but was number" },
        { ArbitraryInNothing, "{}", "claim rule on \"arbitrary\" couldn't be satisfied: claim not found" },
        { ArbitraryInNothing, "{`arbitrary`:`abc`}", "claim \"arbitrary\" must be one of [], but was \"abc\"" },
        { ArbitraryGlobEndsC, "{`arbitrary`:`abc`}", null },
        { ArbitraryGlobEndsC, "{`arbitrary`:`123`}", "claim \"arbitrary\" must match glob \"*c\", but value \"123\" did not match" },
        { ArbitraryGlobEndsC, $"{{`arbitrary`:`{NoEndingC}`}}", $"claim \"arbitrary\" must match glob \"*c\", but value \"{NoEndingC}\" did not match" },
        { ArbitraryGlobEndsC, "{`arbitrary`:123}", "claim \"arbitrary\" must be a string, but was number" },
        { ArbitraryGlobBroken, "{`arbitrary`:`abc`}", "unable to parse glob for claim rule on \"arbitrary\"; glob = \"[abc\", err = unexpected end of input" },
        { ArbitraryGlobIn, "{`arbitrary`:`abc`}", null },
        { ArbitraryGlobIn, "{`arbitrary`:`abcdef`}", null },
        { ArbitraryGlobIn, "{`arbitrary`:`123`}", "claim \"arbitrary\" must glob match one of [\"*c\" \"*def*\"], but value \"123\" did not match" },
        { ArbitraryGlobIn, $"{{`arbitrary`:`{NoEndingC}`}}", $"claim \"arbitrary\" must glob match one of [\"*c\" \"*def*\"], but value \"{NoEndingC}\" did not match" },
        { ArbitraryGlobIn, "{`arbitrary`:123}", "claim \"arbitrary\" must be a string, but was number" },
        { ArbitraryGlobInBroken, "{`arbitrary`:`abc`}", "unable to parse glob for claim rule on \"arbitrary\"; glob = \"[abc\", err = unexpected end of input" },
        { ArbitraryGlobInNothing, "{}", "claim rule on \"arbitrary\" couldn't be satisfied: claim not found" },
        { ArbitraryGlobInNothing, "{`arbitrary`:`abc`}", "claim \"arbitrary\" must glob match one of [], but value \"abc\" did not match" },
        { NestArbitraryEqAbc, "{`nest`:{`arbitrary`:`abc`}}", null },
        { NestArbitraryEqAbc, "{`nest`:{`blah`:`abc`}}", "in nested claim \"nest\": claim rule on \"arbitrary\" couldn't be satisfied: claim not found" },
        { NestArbitraryEqAbc, "{`nest`:{`arbitrary`:`123`}}", "in nested claim \"nest\": claim \"arbitrary\" must be \"abc\", but was \"123\"" },
        { NestArbitraryEqAbc, "{`nest`:`abc`}", "claim \"nest\" must be a map, but was string" },
        { NestArbitraryEqAbc, "{`nest`:[{`arbitrary`:`abc`}]}", "claim \"nest\" must be a map, but was array" },
        { Arb1AndArb2, "{`arb1`:`abc`,`arb2`:`123`,`arb3`:`def`}", null },
        { Arb1AndArb2, "{`arb2`:`123`,`arb3`:`def`}", "claim rule on \"arb1\" couldn't be satisfied: claim not found" },
        { Arb1AndArb2, "{`arb1`:`abc`,`arb3`:`def`}", "claim rule on \"arb2\" couldn't be satisfied: claim not found" },
        { ArbitraryEqAbc, "[{`arbitrary`:`abc`}]", "unexpected incoming claims type: array" },
    };

    [Theory]
    [MemberData(nameof(ForgejoCheckClaims))]
    public void Evaluates_Forgejo_check_claims_rows(string? rules, string claims, string? expected)
    {
        var result = Evaluate(rules, claims);

        Assert.Equal(expected, result.Error);
        Assert.Equal(expected is null, result.IsSuccess);
    }

    // Top level, claims are read the way Forgejo's JWT parsing exposes them (spec §2.2 step 3).
    public static TheoryData<string, string, string?> TopLevelClaims => new()
    {
        // A missing iss, sub or jti reads as "", so "*" passes and eq reports "".
        { "{`rules`:[{`claim`:`sub`,`compare`:`glob`,`value`:`*`}]}", "{}", null },
        { "{`rules`:[{`claim`:`sub`,`compare`:`eq`,`value`:`repo:acme/app:push`}]}", "{}", "claim \"sub\" must be \"repo:acme/app:push\", but was \"\"" },
        { "{`rules`:[{`claim`:`iss`,`compare`:`in`,`values`:[`https://a.example`]}]}", "{}", "claim \"iss\" must be one of [\"https://a.example\"], but was \"\"" },
        { "{`rules`:[{`claim`:`jti`,`compare`:`glob`,`value`:`?*`}]}", "{}", "claim \"jti\" must match glob \"?*\", but value \"\" did not match" },
        { "{`rules`:[{`claim`:`sub`,`compare`:`nest`,`nested`:{}}]}", "{}", "claim \"sub\" must be a map, but was string" },
        // Present but not a string: Forgejo rejects such a token while parsing it; here the rule fails.
        { "{`rules`:[{`claim`:`sub`,`compare`:`eq`,`value`:`5`}]}", "{`sub`:5}", "claim \"sub\" must be a string, but was number" },
        { "{`rules`:[{`claim`:`iss`,`compare`:`glob`,`value`:`*`}]}", "{`iss`:null}", "claim \"iss\" must be a string, but was null" },
        // aud: a string or an array of strings, exactly one value.
        { "{`rules`:[{`claim`:`aud`,`compare`:`eq`,`value`:`u:2:abc`}]}", "{`aud`:`u:2:abc`}", null },
        { "{`rules`:[{`claim`:`aud`,`compare`:`eq`,`value`:`u:2:abc`}]}", "{}", "required one and only one `aud` claim, but received 0" },
        { "{`rules`:[{`claim`:`aud`,`compare`:`eq`,`value`:`u:2:abc`}]}", "{`aud`:null}", "required one and only one `aud` claim, but received 0" },
        { "{`rules`:[{`claim`:`aud`,`compare`:`eq`,`value`:`u:2:abc`}]}", "{`aud`:[]}", "required one and only one `aud` claim, but received 0" },
        { "{`rules`:[{`claim`:`aud`,`compare`:`eq`,`value`:`u:2:abc`}]}", "{`aud`:[`u:2:abc`,`u:2:abc`]}", "required one and only one `aud` claim, but received 2" },
        { "{`rules`:[{`claim`:`aud`,`compare`:`eq`,`value`:`u:2:abc`}]}", "{`aud`:[7]}", "claim \"aud\" must be a string, but was number" },
        { "{`rules`:[{`claim`:`aud`,`compare`:`eq`,`value`:`u:2:abc`}]}", "{`aud`:{`a`:1}}", "claim \"aud\" must be a string, but was object" },
        // exp, nbf and iat are consumed by the JWT parser and never reach rules.
        { "{`rules`:[{`claim`:`exp`,`compare`:`glob`,`value`:`*`}]}", "{`exp`:`1776979110`}", "claim rule on \"exp\" couldn't be satisfied: claim not found" },
        { "{`rules`:[{`claim`:`nbf`,`compare`:`glob`,`value`:`*`}]}", "{`nbf`:1776975510}", "claim rule on \"nbf\" couldn't be satisfied: claim not found" },
        { "{`rules`:[{`claim`:`iat`,`compare`:`glob`,`value`:`*`}]}", "{`iat`:1776975510}", "claim rule on \"iat\" couldn't be satisfied: claim not found" },
        // Inside nest every key is a plain lookup: registered names included, and missing means missing.
        { "{`rules`:[{`claim`:`n`,`compare`:`nest`,`nested`:{`rules`:[{`claim`:`exp`,`compare`:`eq`,`value`:`x`},{`claim`:`aud`,`compare`:`eq`,`value`:`y`}]}}]}",
            "{`n`:{`exp`:`x`,`aud`:`y`}}", null },
        { "{`rules`:[{`claim`:`n`,`compare`:`nest`,`nested`:{`rules`:[{`claim`:`sub`,`compare`:`glob`,`value`:`*`}]}}]}",
            "{`n`:{}}", "in nested claim \"n\": claim rule on \"sub\" couldn't be satisfied: claim not found" },
        { "{`rules`:[{`claim`:`n`,`compare`:`nest`,`nested`:{`rules`:[{`claim`:`aud`,`compare`:`eq`,`value`:`y`}]}}]}",
            "{`n`:{`aud`:[`y`]}}", "in nested claim \"n\": claim \"aud\" must be a string, but was array" },
        // Nesting to any depth, with every level named in the message.
        { "{`rules`:[{`claim`:`a`,`compare`:`nest`,`nested`:{`rules`:[{`claim`:`b`,`compare`:`nest`,`nested`:{`rules`:[{`claim`:`c`,`compare`:`eq`,`value`:`x`}]}}]}}]}",
            "{`a`:{`b`:{`c`:`y`}}}", "in nested claim \"a\": in nested claim \"b\": claim \"c\" must be \"x\", but was \"y\"" },
        // Claim names are exact keys: no dotted paths, no case folding.
        { "{`rules`:[{`claim`:`a.b`,`compare`:`eq`,`value`:`x`}]}", "{`a`:{`b`:`x`}}", "claim rule on \"a.b\" couldn't be satisfied: claim not found" },
        { "{`rules`:[{`claim`:`Sub`,`compare`:`eq`,`value`:`x`}]}", "{`sub`:`x`}", "claim rule on \"Sub\" couldn't be satisfied: claim not found" },
    };

    [Theory]
    [MemberData(nameof(TopLevelClaims))]
    public void Resolves_claims_like_Forgejo(string rules, string claims, string? expected) =>
        Assert.Equal(expected, Evaluate(rules, claims).Error);

    // No coercion: only JSON strings satisfy string rules, only objects satisfy nest (spec §2.4).
    public static TheoryData<string, string, string> ValueTypes => new()
    {
        { "eq", "123", "claim \"c\" must be a string, but was number" },
        { "eq", "1.5", "claim \"c\" must be a string, but was number" },
        { "in", "true", "claim \"c\" must be a string, but was bool" },
        { "glob", "false", "claim \"c\" must be a string, but was bool" },
        { "glob-in", "[`x`]", "claim \"c\" must be a string, but was array" },
        { "eq", "{`x`:`y`}", "claim \"c\" must be a string, but was object" },
        { "glob", "null", "claim \"c\" must be a string, but was null" },
        { "nest", "`x`", "claim \"c\" must be a map, but was string" },
        { "nest", "123", "claim \"c\" must be a map, but was number" },
        { "nest", "true", "claim \"c\" must be a map, but was bool" },
        { "nest", "[{}]", "claim \"c\" must be a map, but was array" },
        { "nest", "null", "claim \"c\" must be a map, but was null" },
    };

    [Theory]
    [MemberData(nameof(ValueTypes))]
    public void Rejects_values_of_the_wrong_type(string compare, string value, string expected)
    {
        var rules = $"{{`rules`:[{{`claim`:`c`,`compare`:`{compare}`,`value`:`x`,`values`:[`x`],`nested`:{{}}}}]}}";

        Assert.Equal(expected, Evaluate(rules, $"{{`c`:{value}}}").Error);
    }

    // Forgejo lets an unknown or missing compare pass silently (spec §2.6); this fails closed.
    public static TheoryData<string, string, string> FailsClosed => new()
    {
        // The misspelled key "comparison" is ignored when reading, leaving compare empty.
        { "{`rules`:[{`claim`:`sub`,`comparison`:`eq`,`value`:`repo:acme/app:push`}]}", "{`sub`:`repo:evil/app:push`}",
            "compare \"\" is not valid for claim rule on \"sub\"" },
        { "{`rules`:[{`claim`:`sub`,`compare`:`EQ`,`value`:`x`}]}", "{`sub`:`x`}", "compare \"EQ\" is not valid for claim rule on \"sub\"" },
        { "{`rules`:[{`claim`:`sub`,`compare`:`startswith`,`value`:`x`}]}", "{`sub`:`x`}", "compare \"startswith\" is not valid for claim rule on \"sub\"" },
        // As in Forgejo, the claim is resolved before the operator is looked at.
        { "{`rules`:[{`claim`:`ref`,`compare`:`regex`,`value`:`x`}]}", "{}", "claim rule on \"ref\" couldn't be satisfied: claim not found" },
        // A nest rule without nested rules (e.g. "rules" written instead of "nested") no longer accepts any object.
        { "{`rules`:[{`claim`:`n`,`compare`:`nest`,`rules`:[{`claim`:`x`,`compare`:`eq`,`value`:`y`}]}]}", "{`n`:{`x`:`z`}}",
            "in nested claim \"n\": claim rules are nil" },
        // A null entry in the list is an empty rule, as Go decodes it.
        { "{`rules`:[null]}", "{`sub`:`x`}", "claim rule on \"\" couldn't be satisfied: claim not found" },
        { "{`rules`:[null]}", "{``:`x`}", "compare \"\" is not valid for claim rule on \"\"" },
        // A later rule still runs after earlier ones pass, and its failure is reported.
        { "{`rules`:[{`claim`:`sub`,`compare`:`glob`,`value`:`*`},{`claim`:`sub`,`compare`:`glob-ni`,`values`:[`*`]}]}", "{`sub`:`x`}",
            "compare \"glob-ni\" is not valid for claim rule on \"sub\"" },
    };

    [Theory]
    [MemberData(nameof(FailsClosed))]
    public void Fails_closed_where_Forgejo_fails_open(string rules, string claims, string expected) =>
        Assert.Equal(expected, Evaluate(rules, claims).Error);

    public static TheoryData<string, string> Passes => new()
    {
        { "{}", "{`sub`:`x`}" },
        { "{`rules`:null}", "{}" },
        { "{`rules`:[]}", "{}" },
        // An explicit empty rule set under nest only requires the claim to be an object.
        { "{`rules`:[{`claim`:`n`,`compare`:`nest`,`nested`:{}}]}", "{`n`:{}}" },
        { "{`rules`:[{`claim`:`n`,`compare`:`nest`,`nested`:{`rules`:[]}}]}", "{`n`:{`a`:1}}" },
        // glob-in stops at the first matching pattern, so a broken later pattern is not reached (Forgejo order).
        { "{`rules`:[{`claim`:`c`,`compare`:`glob-in`,`values`:[`a*`,`[`]}]}", "{`c`:`abc`}" },
        { "{`rules`:[{`claim`:`c`,`compare`:`in`,`values`:[`x`,``]}]}", "{`c`:``}" },
    };

    [Theory]
    [MemberData(nameof(Passes))]
    public void Passes_documents_that_hold(string rules, string claims)
    {
        var result = Evaluate(rules, claims);

        Assert.True(result.IsSuccess, result.Error);
        Assert.Null(result.Error);
    }

    // Token payloads are attacker-controlled and unverified at this point: escapes are decoded as Go
    // decodes them, and nothing a payload contains makes the evaluator throw.
    public static TheoryData<string, string, string?> Escapes => new()
    {
        { "{`rules`:[{`claim`:`sub`,`compare`:`eq`,`value`:`repo:acme/app:push`}]}", @"{`sub`:`repo:acme\/app:push`}", null },
        { "{`rules`:[{`claim`:`sub`,`compare`:`glob`,`value`:`repo:acme/*`}]}", @"{`s\u0075b`:`repo:acme\u002fapp`}", null },
        { "{`rules`:[{`claim`:`c`,`compare`:`eq`,`value`:`é😀`}]}", @"{`c`:`\u00e9\ud83d\ude00`}", null },
        { "{`rules`:[{`claim`:`c`,`compare`:`glob`,`value`:`?`}]}", @"{`c`:`\ud83d\ude00`}", null },
        // A lone surrogate escape reads as U+FFFD, one character.
        { "{`rules`:[{`claim`:`c`,`compare`:`glob`,`value`:`a?b`}]}", @"{`c`:`a\ud800b`}", null },
        { "{`rules`:[{`claim`:`c`,`compare`:`eq`,`value`:`a\uFFFD`}]}", @"{`c`:`a\udc00`}", null },
        { "{`rules`:[{`claim`:`c`,`compare`:`eq`,`value`:`x`}]}", @"{`c`:`\ud800\ud800`}", "claim \"c\" must be \"x\", but was \"\uFFFD\uFFFD\"" },
        { "{`rules`:[{`claim`:`sub`,`compare`:`eq`,`value`:`x`}]}", @"{`\ud800`:1,`sub`:`x`}", null },
        // A key whose raw bytes spell the name but hold an escape is a different key: "a\nb" is a, newline, b.
        { @"{`rules`:[{`claim`:`a\\nb`,`compare`:`eq`,`value`:`x`}]}", @"{`a\nb`:`x`}", "claim rule on \"a\\\\nb\" couldn't be satisfied: claim not found" },
        { @"{`rules`:[{`claim`:`a\nb`,`compare`:`eq`,`value`:`x`}]}", @"{`a\nb`:`x`}", null },
        // Names too long to encode on the stack take the unescaping comparison.
        { $"{{`rules`:[{{`claim`:`{LongName}`,`compare`:`eq`,`value`:`x`}}]}}", $"{{`{LongName}`:`y`,`{LongName}`:`x`}}", null },
        { $"{{`rules`:[{{`claim`:`{LongName}`,`compare`:`eq`,`value`:`x`}}]}}", $"{{`{LongName[..^1]}\\u0041`:`x`}}", null },
        { $"{{`rules`:[{{`claim`:`{LongName}`,`compare`:`eq`,`value`:`x`}}]}}", $"{{`{LongName[..^1]}`:`x`}}", $"claim rule on \"{LongName}\" couldn't be satisfied: claim not found" },
        // The last duplicate key wins, as in Go.
        { "{`rules`:[{`claim`:`sub`,`compare`:`eq`,`value`:`b`}]}", "{`sub`:`a`,`sub`:`b`}", null },
        { "{`rules`:[{`claim`:`sub`,`compare`:`eq`,`value`:`a`}]}", "{`sub`:`a`,`sub`:`b`}", "claim \"sub\" must be \"a\", but was \"b\"" },
        // Messages quote values like Go's %q, so control characters cannot reach a log line raw.
        { "{`rules`:[{`claim`:`c`,`compare`:`eq`,`value`:`x`}]}", @"{`c`:`a\`b\nc\t\u0001\u00a0é\\`}", "claim \"c\" must be \"x\", but was \"a\\\"b\\nc\\t\\x01\\u00a0é\\\\\"" },
        { "{`rules`:[{`claim`:`line\\nbreak`,`compare`:`eq`,`value`:`x`}]}", "{}", "claim rule on \"line\\nbreak\" couldn't be satisfied: claim not found" },
    };

    [Theory]
    [MemberData(nameof(Escapes))]
    public void Decodes_escapes_without_throwing(string rules, string claims, string? expected) =>
        Assert.Equal(expected, Evaluate(rules, claims).Error);

    [Fact]
    public void Reports_a_payload_that_is_not_an_object()
    {
        var rules = Rules(ArbitraryEqAbc);

        Assert.Equal("unexpected incoming claims type: string", ClaimRuleEvaluator.Evaluate(rules, Claims("`x`")).Error);
        Assert.Equal("unexpected incoming claims type: undefined", ClaimRuleEvaluator.Evaluate(rules, default).Error);
        Assert.True(ClaimRuleEvaluator.Evaluate(null, default).IsSuccess);
    }

    [Fact]
    public void Matches_claim_values_longer_than_the_stack_buffer()
    {
        var value = "repo:acme/app:ref:refs/heads/" + new string('x', 5000);
        var claims = $"{{`sub`:`{value}`}}";

        Assert.True(Evaluate("{`rules`:[{`claim`:`sub`,`compare`:`glob`,`value`:`repo:acme/app:ref:refs/heads/*`}]}", claims).IsSuccess);
        Assert.Equal(
            $"claim \"sub\" must match glob \"repo:acme/app:ref:refs/tags/*\", but value \"{value}\" did not match",
            Evaluate("{`rules`:[{`claim`:`sub`,`compare`:`glob`,`value`:`repo:acme/app:ref:refs/tags/*`}]}", claims).Error);
    }

    [Fact]
    public void Does_not_allocate_when_the_rules_hold()
    {
        var rules = Rules("""
            {`rules`:[
              {`claim`:`sub`,`compare`:`glob`,`value`:`repo:octo-org/octo-repo:*`},
              {`claim`:`event_name`,`compare`:`in`,`values`:[`push`,`workflow_dispatch`]},
              {`claim`:`job_workflow_ref`,`compare`:`glob-in`,`values`:[`octo-org/shared/.github/workflows/*.yml@refs/tags/v*`]},
              {`claim`:`aud`,`compare`:`eq`,`value`:`u:2:0b5e1cbb`},
              {`claim`:`ctx`,`compare`:`nest`,`nested`:{`rules`:[{`claim`:`long`,`compare`:`glob`,`value`:`*z`}]}}
            ]}
            """);
        var claims = Claims("""
            {`sub`:`repo:octo-org/octo-repo:ref:refs\/heads\/main`,`event_name`:`push`,`aud`:[`u:2:0b5e1cbb`],
             `job_workflow_ref`:`octo-org/shared/.github/workflows/deploy.yml@refs/tags/v1.2.0`,
             `ctx`:{`long`:`LONG`}}
            """.Replace("LONG", new string('y', 1000) + "z"));
        for (var i = 0; i < 10; i++)
        {
            Assert.True(ClaimRuleEvaluator.Evaluate(rules, claims).IsSuccess);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            ClaimRuleEvaluator.Evaluate(rules, claims);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
