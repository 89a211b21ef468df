using System.Text;

namespace Forgejo.Domain.ClaimRules;

/// <summary>
/// Checks a claim-rules document before it is saved, with Forgejo's messages and paths. Forgejo stops
/// at the first problem; this reports all of them. On top of Forgejo's checks it rejects documents
/// nested more than <see cref="MaxNestingDepth"/> levels or larger than <see cref="MaxDocumentBytes"/>.
/// Forgejo's API wraps each message as "invalid claim rules: …".
/// </summary>
public static class ClaimRuleValidator
{
    /// <summary>How many <c>nest</c> levels may sit below the top-level rules.</summary>
    public const int MaxNestingDepth = 32;

    /// <summary>Upper bound on the stored <c>claim_rules</c> text, in UTF-8 bytes as <see cref="ClaimRuleSetJson.Serialize"/> writes it.
    /// Real documents are a few hundred bytes; 32 KiB leaves room for long <c>in</c> lists and fits MySQL's TEXT column (65,535 bytes).</summary>
    public const int MaxDocumentBytes = 32 * 1024;

    public static IReadOnlyList<ClaimRuleProblem> Validate(ClaimRuleSet? rules)
    {
        var problems = new List<ClaimRuleProblem>();
        var tooDeep = false;
        ValidateSet(rules, "root", 0, problems, ref tooDeep);
        // A document over the depth limit is rejected anyway and could even be cyclic, so it is not serialized.
        if (rules is not null && !tooDeep)
        {
            var size = Encoding.UTF8.GetByteCount(ClaimRuleSetJson.Serialize(rules));
            if (size > MaxDocumentBytes)
            {
                problems.Insert(0, new ClaimRuleProblem("root", $"claim rules too large at root: {size} bytes, limit {MaxDocumentBytes}"));
            }
        }
        return problems;
    }

    private static void ValidateSet(ClaimRuleSet? rules, string path, int depth, List<ClaimRuleProblem> problems, ref bool tooDeep)
    {
        if (rules is null)
        {
            problems.Add(new ClaimRuleProblem(path, $"claim rules are nil at {path}"));
            return;
        }
        if (depth > MaxNestingDepth)
        {
            tooDeep = true;
            problems.Add(new ClaimRuleProblem(path, $"claim rules nested too deeply at {path}: limit {MaxNestingDepth} levels"));
            return;
        }
        for (var index = 0; index < (rules.Rules?.Count ?? 0); index++)
        {
            ValidateRule(rules.Rules![index] ?? new ClaimRule(), path, $"{path}[{index}]", depth, problems, ref tooDeep);
        }
    }

    private static void ValidateRule(ClaimRule rule, string setPath, string path, int depth, List<ClaimRuleProblem> problems, ref bool tooDeep)
    {
        var claim = rule.Claim ?? "";
        if (claim.Length == 0)
        {
            problems.Add(new ClaimRuleProblem(path, $"claim is missing at {path}"));
        }
        var compare = rule.Compare ?? "";
        switch (compare)
        {
            case ClaimCompare.Equal:
                RequireValue(rule, path, problems);
                break;
            case ClaimCompare.Glob:
                if (RequireValue(rule, path, problems) && !GlobCache.TryGet(rule.Value!, out _, out var error))
                {
                    problems.Add(new ClaimRuleProblem($"{path}.value", $"claim glob invalid at {path}.value: {error}"));
                }
                break;
            case ClaimCompare.In:
                RequireValues(rule, path, problems);
                break;
            case ClaimCompare.GlobIn:
                if (RequireValues(rule, path, problems))
                {
                    ValidatePatterns(rule.Values!, path, problems);
                }
                break;
            case ClaimCompare.Nest:
                ValidateSet(rule.Nested, $"{setPath}.{claim}", depth + 1, problems, ref tooDeep);
                break;
            default:
                problems.Add(new ClaimRuleProblem(path, $"compare {GoQuote.Quote(compare)} is not valid at {path}"));
                break;
        }
    }

    private static bool RequireValue(ClaimRule rule, string path, List<ClaimRuleProblem> problems)
    {
        if (!string.IsNullOrEmpty(rule.Value))
        {
            return true;
        }
        problems.Add(new ClaimRuleProblem($"{path}.value", $"claim value missing at {path}.value"));
        return false;
    }

    private static bool RequireValues(ClaimRule rule, string path, List<ClaimRuleProblem> problems)
    {
        if (rule.Values is { Count: > 0 })
        {
            return true;
        }
        problems.Add(new ClaimRuleProblem($"{path}.values", $"claim values missing at {path}.values"));
        return false;
    }

    // Forgejo's message says an empty glob "would match anything"; it in fact matches only "", which
    // for a missing iss, sub or jti is exactly what an absent claim reads as.
    private static void ValidatePatterns(List<string> patterns, string path, List<ClaimRuleProblem> problems)
    {
        for (var index = 0; index < patterns.Count; index++)
        {
            var pattern = patterns[index] ?? "";
            var patternPath = $"{path}.values[{index}]";
            if (pattern.Length == 0)
            {
                problems.Add(new ClaimRuleProblem(patternPath, $"claim glob empty string invalid, would match anything, at {patternPath}"));
            }
            else if (!GlobCache.TryGet(pattern, out _, out var error))
            {
                problems.Add(new ClaimRuleProblem(patternPath, $"claim glob invalid at {patternPath}: {error}"));
            }
        }
    }
}
