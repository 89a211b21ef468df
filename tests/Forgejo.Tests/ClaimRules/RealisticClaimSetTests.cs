using System.Text.Json;
using Forgejo.Domain.ClaimRules;
using static Forgejo.Tests.ClaimRules.ClaimRulesTestData;

namespace Forgejo.Tests.ClaimRules;

/// <summary>The rules users write for the issuers they actually connect, against realistic claim sets.</summary>
public sealed class RealisticClaimSetTests
{
    // Payload of the public GitHub Actions token in shared/fixtures/github-actions-2025-03-rgl.
    private const string GitHubPush = """
        {"actor":"rgl","actor_id":"43356","aud":"https://example.com","base_ref":"","event_name":"push",
         "exp":1743267827,"head_ref":"","iat":1743246227,"iss":"https://token.actions.githubusercontent.com",
         "job_workflow_ref":"rgl/github-actions-validate-jwt/.github/workflows/build.yml@refs/heads/main",
         "job_workflow_sha":"0f661a4a011d77cb21fa4dc7013d9b6f928666ed","jti":"58772c9f-4d75-4fc8-8956-7dd522569a00",
         "nbf":1743245927,"ref":"refs/heads/main","ref_protected":"false","ref_type":"branch",
         "repository":"rgl/github-actions-validate-jwt","repository_id":"957014466","repository_owner":"rgl",
         "repository_owner_id":"43356","repository_visibility":"public","run_attempt":"1","run_id":"14144996512",
         "run_number":"3","runner_environment":"github-hosted","sha":"0f661a4a011d77cb21fa4dc7013d9b6f928666ed",
         "sub":"repo:rgl/github-actions-validate-jwt:ref:refs/heads/main","workflow":"Build",
         "workflow_ref":"rgl/github-actions-validate-jwt/.github/workflows/build.yml@refs/heads/main",
         "workflow_sha":"0f661a4a011d77cb21fa4dc7013d9b6f928666ed"}
        """;

    // Payload of the public GitHub Actions token in shared/fixtures/github-actions-2022-10-qoomon.
    private const string GitHubDispatch = """
        {"jti":"c90383b0-5a5c-46a3-851f-0c4004b1ddbe","sub":"repo:qoomon/github-actions-access-manager:ref:refs/heads/main",
         "aud":"https://github.com/qoomon","ref":"refs/heads/main","sha":"a9c954623ddaa955a2a7f2eb5bad922a403f00c8",
         "repository":"qoomon/github-actions-access-manager","repository_owner":"qoomon","repository_owner_id":"3963394",
         "run_id":"3292813784","run_number":"1","run_attempt":"1","repository_visibility":"public","repository_id":"522924531",
         "actor_id":"3963394","actor":"qoomon","workflow":".github/workflows/token.yaml","head_ref":"","base_ref":"",
         "event_name":"workflow_dispatch","ref_type":"branch",
         "job_workflow_ref":"qoomon/github-actions-access-manager/.github/workflows/token.yaml@refs/heads/main",
         "iss":"https://token.actions.githubusercontent.com","nbf":1666298161,"exp":1666299061,"iat":1666298761}
        """;

    // A deployment job in an environment, calling a reusable workflow from another repository.
    private const string GitHubEnvironment = """
        {"iss":"https://token.actions.githubusercontent.com","aud":"u:2:8d3f2a9e-3c1b-4b7e-9f0a-1d2c3b4a5e6f",
         "sub":"repo:octo-org/octo-repo:environment:prod","environment":"prod","environment_node_id":"EN_kwDOAbCdEf",
         "event_name":"push","ref":"refs/heads/main","ref_type":"branch","repository":"octo-org/octo-repo",
         "repository_owner":"octo-org","repository_owner_id":"123456","repository_id":"987654",
         "workflow_ref":"octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main",
         "job_workflow_ref":"octo-org/shared-workflows/.github/workflows/deploy.yml@refs/tags/v2.1.0",
         "runner_environment":"github-hosted","jti":"2f1c6d0e-8a8b-4c1e-9d3e-5b6a7c8d9e0f",
         "nbf":1776979896,"iat":1776980196,"exp":1776980496}
        """;

    // Forgejo Actions (v15 shape: no jti, "aud" a one-element list once parsed).
    private const string ForgejoPullRequest = """
        {"actor":"owner","aud":"u:2:346e1496-7b9c-4d7f-a1c2-9e8f7d6c5b4a","base_ref":"main","event_name":"pull_request",
         "exp":1776979110,"head_ref":"feature","iat":1776975510,"iss":"https://forgejo.example/api/actions",
         "nbf":1776975510,"ref":"refs/pull/113/head","ref_protected":"false","ref_type":"","repository":"owner/repo",
         "repository_owner":"owner","run_attempt":"1","run_id":"3572","run_number":"2054",
         "sha":"d4083cc0f4e7452dc00f7a5f73ec5486a549adb9","sub":"repo:owner/repo:pull_request","workflow":"main.yml",
         "workflow_ref":"owner/repo/.forgejo/workflows/main.yml@refs/pull/113/head"}
        """;

    // AWS STS GetWebIdentityToken, from a Lambda function: the interesting claims sit in one object.
    private const string AwsSts = """
        {"aud":"u:2:7895835c-1f2e-4d3c-8b9a-0e1f2d3c4b5a",
         "sub":"arn:aws:iam::123456789012:role/service-role/deploy-role",
         "https://sts.amazonaws.com/":{"aws_account":"123456789012","original_session_exp":"2026-04-24T09:34:34Z",
           "source_region":"eu-west-1","principal_id":"arn:aws:iam::123456789012:role/service-role/deploy-role",
           "lambda_source_function_arn":"arn:aws:lambda:eu-west-1:123456789012:function:deploy-forgejo"},
         "iss":"https://a103a2cc-b461-473d-84fe-6c4f6d45af88.tokens.sts.global.api.aws",
         "exp":1776980375,"iat":1776980075,"jti":"0afcbeb7-512d-479f-b596-703c03ae65a5"}
        """;

    private const string AwsAccountRules = """
        {"rules":[{"claim":"https://sts.amazonaws.com/","compare":"nest","nested":{"rules":[
          {"claim":"aws_account","compare":"eq","value":"123456789012"},
          {"claim":"lambda_source_function_arn","compare":"glob","value":"arn:aws:lambda:*:123456789012:function:deploy-*"}]}}]}
        """;

    public static TheoryData<string, string, string, string?> Cases => new()
    {
        // GitHub Actions: one branch of one repository.
        { "github branch", GitHubPush,
            """{"rules":[{"claim":"sub","compare":"eq","value":"repo:rgl/github-actions-validate-jwt:ref:refs/heads/main"}]}""", null },
        { "github branch, other repo", GitHubDispatch,
            """{"rules":[{"claim":"sub","compare":"eq","value":"repo:rgl/github-actions-validate-jwt:ref:refs/heads/main"}]}""",
            "claim \"sub\" must be \"repo:rgl/github-actions-validate-jwt:ref:refs/heads/main\", but was \"repo:qoomon/github-actions-access-manager:ref:refs/heads/main\"" },
        // Any event of a repository, pinned to the owner's immutable id as well.
        { "github any event", GitHubDispatch,
            """{"rules":[{"claim":"sub","compare":"glob","value":"repo:qoomon/github-actions-access-manager:*"},{"claim":"repository_owner_id","compare":"eq","value":"3963394"}]}""", null },
        { "github renamed owner", GitHubPush,
            """{"rules":[{"claim":"sub","compare":"glob","value":"repo:rgl/*"},{"claim":"repository_owner_id","compare":"eq","value":"3963394"}]}""",
            "claim \"repository_owner_id\" must be \"3963394\", but was \"43356\"" },
        // Which events may use the integration.
        { "github events", GitHubDispatch,
            """{"rules":[{"claim":"event_name","compare":"in","values":["push","workflow_dispatch"]}]}""", null },
        { "github events, pull request", """{"event_name":"pull_request_target","sub":"repo:a/b:pull_request"}""",
            """{"rules":[{"claim":"event_name","compare":"in","values":["push","workflow_dispatch"]}]}""",
            "claim \"event_name\" must be one of [\"push\" \"workflow_dispatch\"], but was \"pull_request_target\"" },
        // An environment: the sub switches to the environment form when a job uses one.
        { "github environment", GitHubEnvironment,
            """{"rules":[{"claim":"sub","compare":"eq","value":"repo:octo-org/octo-repo:environment:prod"},{"claim":"environment","compare":"eq","value":"prod"}]}""", null },
        { "github environment, branch token", GitHubPush,
            """{"rules":[{"claim":"sub","compare":"glob","value":"repo:*:environment:prod"}]}""",
            "claim \"sub\" must match glob \"repo:*:environment:prod\", but value \"repo:rgl/github-actions-validate-jwt:ref:refs/heads/main\" did not match" },
        // A reusable workflow, by the callee's job_workflow_ref, at released tags only.
        { "github reusable workflow", GitHubEnvironment,
            """{"rules":[{"claim":"job_workflow_ref","compare":"glob-in","values":["octo-org/shared-workflows/.github/workflows/deploy.yml@refs/tags/v2.*","octo-org/shared-workflows/.github/workflows/deploy.yml@refs/heads/main"]}]}""", null },
        { "github reusable workflow, caller's own", GitHubPush,
            """{"rules":[{"claim":"job_workflow_ref","compare":"glob","value":"octo-org/shared-workflows/.github/workflows/deploy.yml@refs/tags/v*"}]}""",
            "claim \"job_workflow_ref\" must match glob \"octo-org/shared-workflows/.github/workflows/deploy.yml@refs/tags/v*\", but value \"rgl/github-actions-validate-jwt/.github/workflows/build.yml@refs/heads/main\" did not match" },
        // A workflow that writes no environment has no such claim at all.
        { "github environment missing", GitHubPush,
            """{"rules":[{"claim":"environment","compare":"eq","value":"prod"}]}""",
            "claim rule on \"environment\" couldn't be satisfied: claim not found" },
        // Forgejo Actions: the pull_request event of one repository, or any event of it.
        { "forgejo pull request", ForgejoPullRequest,
            """{"rules":[{"claim":"sub","compare":"eq","value":"repo:owner/repo:pull_request"}]}""", null },
        { "forgejo any event", ForgejoPullRequest,
            """{"rules":[{"claim":"sub","compare":"glob","value":"repo:owner/repo:*"},{"claim":"iss","compare":"eq","value":"https://forgejo.example/api/actions"}]}""", null },
        { "forgejo push only", ForgejoPullRequest,
            """{"rules":[{"claim":"sub","compare":"eq","value":"repo:owner/repo:push"}]}""",
            "claim \"sub\" must be \"repo:owner/repo:push\", but was \"repo:owner/repo:pull_request\"" },
        { "forgejo no jti", ForgejoPullRequest,
            """{"rules":[{"claim":"jti","compare":"glob","value":"?*"}]}""",
            "claim \"jti\" must match glob \"?*\", but value \"\" did not match" },
        // AWS STS: the account inside the nested object, and which function.
        { "aws account", AwsSts, AwsAccountRules, null },
        { "aws other account", AwsSts.Replace("\"aws_account\":\"123456789012\"", "\"aws_account\":\"210987654321\""), AwsAccountRules,
            "in nested claim \"https://sts.amazonaws.com/\": claim \"aws_account\" must be \"123456789012\", but was \"210987654321\"" },
        { "aws other function", AwsSts.Replace("function:deploy-forgejo", "function:backup"), AwsAccountRules,
            "in nested claim \"https://sts.amazonaws.com/\": claim \"lambda_source_function_arn\" must match glob \"arn:aws:lambda:*:123456789012:function:deploy-*\", but value \"arn:aws:lambda:eu-west-1:123456789012:function:backup\" did not match" },
        { "aws token from elsewhere", GitHubPush, AwsAccountRules,
            "claim rule on \"https://sts.amazonaws.com/\" couldn't be satisfied: claim not found" },
        { "aws top-level sub", AwsSts,
            """{"rules":[{"claim":"sub","compare":"glob","value":"arn:aws:iam::123456789012:role/*"}]}""", null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Evaluates_realistic_claim_sets(string scenario, string claims, string rules, string? expected)
    {
        using var payload = JsonDocument.Parse(claims);

        var result = ClaimRuleEvaluator.Evaluate(ClaimRuleSetJson.Deserialize(rules), payload.RootElement);

        Assert.True(expected == result.Error, $"{scenario}: {result}");
        Assert.Empty(ClaimRuleValidator.Validate(ClaimRuleSetJson.Deserialize(rules)));
    }

    // How loose globs over-match (docs/claim-rules.md): each of these passes a token the author did not mean.
    [Theory]
    // "*" crosses "/" and ":", so an org-wide rule also accepts every repository and event in it.
    [InlineData("repo:acme/*", "repo:acme/evil-fork:pull_request")]
    [InlineData("repo:acme/*:ref:refs/heads/main", "repo:acme/app:ref:refs/heads/feature:ref:refs/heads/main")]
    // A prefix without its separator also accepts repositories that merely start the same.
    [InlineData("repo:acme/app*", "repo:acme/app-attacker:ref:refs/heads/main")]
    [InlineData("repo:acme/app:ref:refs/heads/release*", "repo:acme/app:ref:refs/heads/release-by-anyone")]
    public void Loose_globs_over_match(string pattern, string sub)
    {
        var rules = $"{{`rules`:[{{`claim`:`sub`,`compare`:`glob`,`value`:`{pattern}`}}]}}";

        Assert.True(Evaluate(rules, $"{{`sub`:`{sub}`}}").IsSuccess);
    }

    [Fact]
    public void A_missing_sub_reads_as_empty_so_a_bare_star_accepts_it()
    {
        var rules = "{`rules`:[{`claim`:`sub`,`compare`:`glob`,`value`:`*`}]}";

        Assert.True(Evaluate(rules, "{`iss`:`https://token.actions.githubusercontent.com`}").IsSuccess);
        Assert.False(Evaluate("{`rules`:[{`claim`:`sub`,`compare`:`glob`,`value`:`?*`}]}", "{}").IsSuccess);
    }
}
