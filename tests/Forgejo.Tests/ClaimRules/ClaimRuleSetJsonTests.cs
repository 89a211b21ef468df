using System.Text.Json;
using Forgejo.Domain.ClaimRules;

namespace Forgejo.Tests.ClaimRules;

public sealed class ClaimRuleSetJsonTests
{
    // Documents as Forgejo stores them in claim_rules: reading and writing gives back the same text.
    [Theory]
    [InlineData("""{"rules":[{"claim":"sub","compare":"eq","value":"repo:forgejo/website:pull_request"}]}""")]
    [InlineData("""{"rules":null}""")]
    [InlineData("""{"rules":[]}""")]
    [InlineData("""{"rules":[{"claim":"sub","compare":"glob","value":"repo:mfenniak/forgejo-runner-testrepo:*"}]}""")]
    [InlineData("""{"rules":[{"claim":"https://sts.amazonaws.com/","compare":"nest","nested":{"rules":[{"claim":"aws_account","compare":"eq","value":"1234567890"},{"claim":"lambda_source_function_arn","compare":"eq","value":"arn:aws:lambda:ca-central-1:1234567890:function:forgejo-oidc-accepting-test"}]}}]}""")]
    [InlineData("""{"rules":[{"claim":"event_name","compare":"in","values":["push","workflow_dispatch"]},{"claim":"ref","compare":"glob-in","values":["refs/heads/main","refs/tags/v*"]}]}""")]
    [InlineData("""{"rules":[{"claim":"c","compare":"nest","nested":{"rules":null}}]}""")]
    // Go's escaping: HTML characters and U+2028/U+2029 escaped, other Unicode written as is.
    [InlineData("""{"rules":[{"claim":"x","compare":"eq","value":"a\u003cb\u003e \u0026 \"q\" \\ é😀 \u2028\n\t\u0001"}]}""")]
    public void Round_trips_documents_Forgejo_stores(string stored) =>
        Assert.Equal(stored, ClaimRuleSetJson.Serialize(ClaimRuleSetJson.Deserialize(stored)));

    [Fact]
    public void Writes_an_empty_object_the_way_Forgejo_rewrites_it() =>
        Assert.Equal("""{"rules":null}""", ClaimRuleSetJson.Serialize(ClaimRuleSetJson.Deserialize("{}")));

    [Fact]
    public void Leaves_out_empty_value_values_and_nested()
    {
        var rules = new ClaimRuleSet
        {
            Rules =
            [
                new ClaimRule { Claim = "a", Compare = ClaimCompare.Equal, Value = "", Values = [] },
                new ClaimRule { Claim = "b", Compare = ClaimCompare.Nest, Nested = new ClaimRuleSet() },
                null!,
            ],
        };

        Assert.Equal(
            """{"rules":[{"claim":"a","compare":"eq"},{"claim":"b","compare":"nest","nested":{"rules":null}},{"claim":"","compare":""}]}""",
            ClaimRuleSetJson.Serialize(rules));
    }

    [Fact]
    public void Reads_the_shape_Forgejo_defines()
    {
        var rules = ClaimRuleSetJson.Deserialize("""
            {"rules":[{"claim":"https://sts.amazonaws.com/","compare":"nest","nested":{"rules":[
              {"claim":"aws_account","compare":"in","values":["1","2"]}]}}]}
            """);

        var rule = Assert.Single(rules.Rules!);
        Assert.Equal(("https://sts.amazonaws.com/", "nest", null), (rule.Claim, rule.Compare, rule.Value));
        var nested = Assert.Single(rule.Nested!.Rules!);
        Assert.Equal(("aws_account", "in"), (nested.Claim, nested.Compare));
        Assert.Equal(["1", "2"], nested.Values!);
    }

    // Go's decoder ignores unknown keys and matches keys case-insensitively; so does this reader.
    [Fact]
    public void Reads_leniently_like_Go()
    {
        var rules = ClaimRuleSetJson.Deserialize("""{"Rules":[{"CLAIM":"sub","Compare":"eq","Value":"x","comparison":"glob","note":1}],"extra":true}""");

        Assert.Equal("""{"rules":[{"claim":"sub","compare":"eq","value":"x"}]}""", ClaimRuleSetJson.Serialize(rules));
    }

    [Fact]
    public void Reads_documents_nested_beyond_the_validation_limit_so_validation_can_report_them()
    {
        var json = string.Concat(Enumerable.Repeat("""{"rules":[{"claim":"n","compare":"nest","nested":""", 40))
            + """{"rules":null}""" + string.Concat(Enumerable.Repeat("}]}", 40));

        Assert.Equal(json, ClaimRuleSetJson.Serialize(ClaimRuleSetJson.Deserialize(json)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("""{"rules":{}}""")]
    [InlineData("""{"rules":[{"claim":5}]}""")]
    public void Rejects_text_that_is_not_a_claim_rules_document(string text) =>
        Assert.ThrowsAny<JsonException>(() => ClaimRuleSetJson.Deserialize(text));

    [Fact]
    public void Refuses_to_write_a_cycle()
    {
        var rules = new ClaimRuleSet();
        rules.Rules = [new ClaimRule { Claim = "n", Compare = ClaimCompare.Nest, Nested = rules }];

        Assert.Throws<InvalidOperationException>(() => ClaimRuleSetJson.Serialize(rules));
    }
}
