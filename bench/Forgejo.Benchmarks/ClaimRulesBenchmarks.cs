using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Forgejo.Domain.ClaimRules;

namespace Forgejo.Benchmarks;

/// <summary>
/// One evaluation of the rules a user writes for GitHub Actions (a repository's branch, allowed events,
/// a reusable workflow at released tags) against a real token's payload, as the authentication handler
/// runs it per request: the payload is already parsed, the rules already read from the database.
/// </summary>
[MemoryDiagnoser]
[OperationsPerSecond]
public class ClaimRulesBenchmarks
{
    private const string Payload = """
        {"actor":"octocat","actor_id":"583231","aud":"u:2:8d3f2a9e-3c1b-4b7e-9f0a-1d2c3b4a5e6f","base_ref":"",
         "event_name":"push","exp":1743267827,"head_ref":"","iat":1743246227,
         "iss":"https://token.actions.githubusercontent.com",
         "job_workflow_ref":"octo-org/shared-workflows/.github/workflows/deploy.yml@refs/tags/v2.1.0",
         "job_workflow_sha":"0f661a4a011d77cb21fa4dc7013d9b6f928666ed","jti":"58772c9f-4d75-4fc8-8956-7dd522569a00",
         "nbf":1743245927,"ref":"refs/heads/main","ref_protected":"true","ref_type":"branch",
         "repository":"octo-org/octo-repo","repository_id":"957014466","repository_owner":"octo-org",
         "repository_owner_id":"43356","repository_visibility":"private","run_attempt":"1","run_id":"14144996512",
         "run_number":"3","runner_environment":"github-hosted","sha":"0f661a4a011d77cb21fa4dc7013d9b6f928666ed",
         "sub":"repo:octo-org/octo-repo:ref:refs/heads/main","workflow":"Release",
         "workflow_ref":"octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main",
         "workflow_sha":"0f661a4a011d77cb21fa4dc7013d9b6f928666ed"}
        """;

    private const string Rules = """
        {"rules":[
          {"claim":"sub","compare":"glob","value":"repo:octo-org/octo-repo:ref:refs/heads/{main,release/*}"},
          {"claim":"event_name","compare":"in","values":["push","workflow_dispatch"]},
          {"claim":"job_workflow_ref","compare":"glob-in","values":["octo-org/shared-workflows/.github/workflows/deploy.yml@refs/tags/v*"]}]}
        """;

    private JsonDocument _payload = null!;
    private ClaimRuleSet _rules = null!;

    [GlobalSetup]
    public void Setup()
    {
        _payload = JsonDocument.Parse(Payload);
        _rules = ClaimRuleSetJson.Deserialize(Rules);
        if (!ClaimRuleEvaluator.Evaluate(_rules, _payload.RootElement).IsSuccess)
        {
            throw new InvalidOperationException("the benchmark rules must hold for the benchmark payload");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _payload.Dispose();

    [Benchmark]
    public bool EvaluateGitHubActionsRules() => ClaimRuleEvaluator.Evaluate(_rules, _payload.RootElement).IsSuccess;
}
