using System.Text;
using Forgejo.Domain.ClaimRules;
using static Forgejo.Tests.ClaimRules.ClaimRulesTestData;

namespace Forgejo.Tests.ClaimRules;

public sealed class ClaimRuleValidatorTests
{
    // Forgejo's validateClaimRules messages (spec §2.6, §4.6); "|" separates expected problems.
    public static TheoryData<string, string> Problems => new()
    {
        { "{`rules`:[{}]}", "claim is missing at root[0]|compare \"\" is not valid at root[0]" },
        { "{`rules`:[{`claim`:`sub`,`compare`:`eq`}]}", "claim value missing at root[0].value" },
        { "{`rules`:[{`claim`:`sub`,`compare`:`eq`,`value`:``}]}", "claim value missing at root[0].value" },
        { "{`rules`:[{`claim`:`sub`,`compare`:`glob`}]}", "claim value missing at root[0].value" },
        { "{`rules`:[{`claim`:`sub`,`compare`:`glob`,`value`:`abc[`}]}", "claim glob invalid at root[0].value: unexpected end of input" },
        { "{`rules`:[{`claim`:`sub`,`compare`:`glob`,`value`:`[z-a]`}]}", "claim glob invalid at root[0].value: hi character 'a' should be greater than lo 'z'" },
        { "{`rules`:[{`claim`:`sub`,`compare`:`in`}]}", "claim values missing at root[0].values" },
        { "{`rules`:[{`claim`:`sub`,`compare`:`in`,`values`:[]}]}", "claim values missing at root[0].values" },
        { "{`rules`:[{`claim`:`sub`,`compare`:`glob-in`,`value`:`x`}]}", "claim values missing at root[0].values" },
        { "{`rules`:[{`claim`:`sub`,`compare`:`glob-in`,`values`:[`abc`,`abc[`]}]}", "claim glob invalid at root[0].values[1]: unexpected end of input" },
        { "{`rules`:[{`claim`:`sub`,`compare`:`glob-in`,`values`:[`abc`,``]}]}", "claim glob empty string invalid, would match anything, at root[0].values[1]" },
        { "{`rules`:[{`claim`:`c`,`compare`:`nest`}]}", "claim rules are nil at root.c" },
        { "{`rules`:[{`claim`:`c`,`compare`:`nest`,`nested`:{`rules`:[{`claim`:`x`,`compare`:`eq`}]}}]}", "claim value missing at root.c[0].value" },
        { "{`rules`:[{`claim`:`sub`,`compare`:`startswith`,`value`:`x`}]}", "compare \"startswith\" is not valid at root[0]" },
        // The misspelled key Forgejo's own early docs used: ignored on read, so compare is empty.
        { "{`rules`:[{`claim`:`sub`,`comparison`:`eq`,`value`:`x`}]}", "compare \"\" is not valid at root[0]" },
        { "{`rules`:[null]}", "claim is missing at root[0]|compare \"\" is not valid at root[0]" },
        // Every problem is reported, in document order, each with its path.
        { """
          {`rules`:[
            {`claim`:`sub`,`compare`:`eq`},
            {`claim`:`aws`,`compare`:`nest`,`nested`:{`rules`:[
              {`claim`:`aws_account`,`compare`:`glob`,`value`:`[`},
              {`claim`:`claimname`,`compare`:`nest`,`nested`:{`rules`:[
                {`claim`:`ok`,`compare`:`eq`,`value`:`x`},
                {`claim`:`fn`,`compare`:`glob-in`,`values`:[`a*`,`b*`,`{[]}`]}]}},
              {`claim`:``,`compare`:`in`,`values`:[`x`]}]}},
            {`claim`:`iss`,`compare`:`regex`,`value`:`.*`}]}
          """,
          "claim value missing at root[0].value|claim glob invalid at root.aws[0].value: unexpected end of input|claim glob invalid at root.aws.claimname[1].values[2]: could not parse range|claim is missing at root.aws[2]|compare \"regex\" is not valid at root[2]" },
    };

    [Theory]
    [MemberData(nameof(Problems))]
    public void Reports_every_problem_with_its_path(string rules, string expected)
    {
        var problems = ClaimRuleValidator.Validate(Rules(rules));

        Assert.Equal(expected.Split('|'), problems.Select(problem => problem.Message));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{`rules`:null}")]
    [InlineData("{`rules`:[]}")]
    [InlineData("{`rules`:[{`claim`:`sub`,`compare`:`glob`,`value`:`pre*ent`}]}")]
    [InlineData("{`rules`:[{`claim`:`sub`,`compare`:`in`,`values`:[``]}]}")]
    [InlineData("{`rules`:[{`claim`:`c`,`compare`:`nest`,`nested`:{}}]}")]
    [InlineData("{`rules`:[{`claim`:`sub`,`compare`:`eq`,`value`:`x`,`values`:[`ignored`],`nested`:{`rules`:[{}]}}]}")]
    public void Accepts_valid_documents(string rules) =>
        Assert.Empty(ClaimRuleValidator.Validate(Rules(rules)));

    [Fact]
    public void Reports_a_nil_document()
    {
        var problem = Assert.Single(ClaimRuleValidator.Validate(null));

        Assert.Equal(new ClaimRuleProblem("root", "claim rules are nil at root"), problem);
    }

    [Fact]
    public void Gives_each_problem_the_path_of_the_field()
    {
        var problems = ClaimRuleValidator.Validate(Rules(
            "{`rules`:[{`claim`:`c`,`compare`:`nest`,`nested`:{`rules`:[{`claim`:`x`,`compare`:`eq`},{`claim`:`y`,`compare`:`glob-in`,`values`:[`a`,`b`,`[`]}]}},{`claim`:`z`}]}"));

        Assert.Equal(["root.c[0].value", "root.c[1].values[2]", "root[1]"], problems.Select(problem => problem.Path));
        Assert.Equal("claim value missing at root.c[0].value", problems[0].ToString());
    }

    [Fact]
    public void Allows_nesting_up_to_the_limit_and_no_deeper()
    {
        Assert.Empty(ClaimRuleValidator.Validate(Nested(ClaimRuleValidator.MaxNestingDepth)));

        var problem = Assert.Single(ClaimRuleValidator.Validate(Nested(ClaimRuleValidator.MaxNestingDepth + 1)));
        var path = "root" + string.Concat(Enumerable.Repeat(".n", 33));
        Assert.Equal(path, problem.Path);
        Assert.Equal($"claim rules nested too deeply at {path}: limit 32 levels", problem.Message);
    }

    [Fact]
    public void Reports_a_cycle_as_too_deep_instead_of_looping()
    {
        var rules = new ClaimRuleSet();
        rules.Rules = [new ClaimRule { Claim = "n", Compare = ClaimCompare.Nest, Nested = rules }];

        var problem = Assert.Single(ClaimRuleValidator.Validate(rules));

        Assert.StartsWith("claim rules nested too deeply at root.n.n.n", problem.Message);
    }

    [Fact]
    public void Limits_the_serialized_document_to_32_KiB()
    {
        Assert.Equal(32768, ClaimRuleValidator.MaxDocumentBytes);
        Assert.Empty(ClaimRuleValidator.Validate(OfSize(32768)));

        var problem = Assert.Single(ClaimRuleValidator.Validate(OfSize(32769)));

        Assert.Equal(new ClaimRuleProblem("root", "claim rules too large at root: 32769 bytes, limit 32768"), problem);
    }

    [Fact]
    public void Counts_the_limit_in_UTF8_bytes()
    {
        // 'é' is one UTF-16 char but two UTF-8 bytes.
        var rules = OfSize(32768);
        var value = rules.Rules![0].Values![0];
        rules.Rules[0].Values![0] = "é" + value[2..];

        Assert.Equal(32768, Encoding.UTF8.GetByteCount(ClaimRuleSetJson.Serialize(rules)));
        Assert.Empty(ClaimRuleValidator.Validate(rules));
        rules.Rules[0].Values![0] = "é" + value[1..];
        Assert.Single(ClaimRuleValidator.Validate(rules));
    }

    private static ClaimRuleSet Nested(int depth)
    {
        var rules = new ClaimRuleSet { Rules = [new ClaimRule { Claim = "x", Compare = ClaimCompare.Equal, Value = "y" }] };
        for (var i = 0; i < depth; i++)
        {
            rules = new ClaimRuleSet { Rules = [new ClaimRule { Claim = "n", Compare = ClaimCompare.Nest, Nested = rules }] };
        }
        return rules;
    }

    // One "in" rule whose serialized document is exactly the given number of bytes.
    private static ClaimRuleSet OfSize(int bytes)
    {
        var empty = new ClaimRuleSet { Rules = [new ClaimRule { Claim = "event_name", Compare = ClaimCompare.In, Values = ["x"] }] };
        var overhead = ClaimRuleSetJson.Serialize(empty).Length - 1;
        empty.Rules[0].Values![0] = new string('x', bytes - overhead);
        return empty;
    }
}
