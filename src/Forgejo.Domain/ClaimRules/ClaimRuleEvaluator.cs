using System.Buffers;
using System.Text.Json;

namespace Forgejo.Domain.ClaimRules;

/// <summary>
/// Checks a token's claims against an integration's claim rules the way Forgejo does: every rule
/// must hold, in order, and the first failure is reported. Unlike Forgejo, a rule whose
/// <c>compare</c> is unknown or missing, or a <c>nest</c> rule without <c>nested</c> rules, fails
/// instead of passing silently. Never throws for any payload, and allocates only to describe a failure.
/// </summary>
public static class ClaimRuleEvaluator
{
    // Claim values up to this many UTF-8 bytes are decoded on the stack.
    private const int StackChars = 256;

    private static readonly ClaimRule EmptyRule = new();

    /// <param name="rules">The integration's rules; null accepts every token, as in Forgejo.</param>
    /// <param name="payload">The JWT payload object, e.g. <c>JsonDocument.Parse(payloadJson).RootElement</c>.</param>
    public static ClaimRuleResult Evaluate(ClaimRuleSet? rules, JsonElement payload)
    {
        if (rules is null)
        {
            return ClaimRuleResult.Success;
        }
        if (payload.ValueKind != JsonValueKind.Object)
        {
            return ClaimRuleResult.Failure($"unexpected incoming claims type: {ClaimValue.TypeNameOf(payload)}");
        }
        return EvaluateRules(rules, payload, isTopLevel: true);
    }

    private static ClaimRuleResult EvaluateRules(ClaimRuleSet rules, JsonElement claims, bool isTopLevel)
    {
        if (rules.Rules is null)
        {
            return ClaimRuleResult.Success;
        }
        foreach (var rule in rules.Rules)
        {
            var result = EvaluateRule(rule ?? EmptyRule, claims, isTopLevel);
            if (!result.IsSuccess)
            {
                return result;
            }
        }
        return ClaimRuleResult.Success;
    }

    private static ClaimRuleResult EvaluateRule(ClaimRule rule, JsonElement claims, bool isTopLevel)
    {
        var name = rule.Claim ?? "";
        // Forgejo resolves the claim before looking at the operator, so a missing claim is reported first.
        var value = isTopLevel ? ClaimLookup.TopLevel(claims, name) : ClaimLookup.Nested(claims, name);
        if (value.Error is not null)
        {
            return ClaimRuleResult.Failure(value.Error);
        }
        var compare = rule.Compare ?? "";
        return compare switch
        {
            ClaimCompare.Equal or ClaimCompare.In or ClaimCompare.Glob or ClaimCompare.GlobIn => StringRule(rule, name, compare, value),
            ClaimCompare.Nest => Nest(rule, name, value),
            _ => ClaimRuleResult.Failure($"compare {GoQuote.Quote(compare)} is not valid for claim rule on {GoQuote.Quote(name)}"),
        };
    }

    // Decodes the claim once, then applies the operator to the text.
    private static ClaimRuleResult StringRule(ClaimRule rule, string name, string compare, ClaimValue value)
    {
        if (!value.IsString)
        {
            return ClaimRuleResult.Failure($"claim {GoQuote.Quote(name)} must be a string, but was {value.TypeName}");
        }
        var raw = value.RawString;
        char[]? rented = null;
        var buffer = raw.Length <= StackChars
            ? stackalloc char[raw.Length]
            : (rented = ArrayPool<char>.Shared.Rent(raw.Length));
        try
        {
            var text = buffer[..JsonStringContent.Decode(raw, buffer)];
            return compare switch
            {
                ClaimCompare.Equal => Equal(rule, name, text),
                ClaimCompare.In => In(rule, name, text),
                ClaimCompare.Glob => MatchOne(rule, name, text),
                _ => MatchAny(rule, name, text),
            };
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    private static ClaimRuleResult Equal(ClaimRule rule, string name, ReadOnlySpan<char> text)
    {
        var expected = rule.Value ?? "";
        return text.SequenceEqual(expected)
            ? ClaimRuleResult.Success
            : ClaimRuleResult.Failure($"claim {GoQuote.Quote(name)} must be {GoQuote.Quote(expected)}, but was {GoQuote.Quote(text.ToString())}");
    }

    private static ClaimRuleResult In(ClaimRule rule, string name, ReadOnlySpan<char> text)
    {
        if (rule.Values is { } values)
        {
            foreach (var candidate in values)
            {
                if (text.SequenceEqual(candidate))
                {
                    return ClaimRuleResult.Success;
                }
            }
        }
        return ClaimRuleResult.Failure($"claim {GoQuote.Quote(name)} must be one of {GoQuote.QuoteList(rule.Values)}, but was {GoQuote.Quote(text.ToString())}");
    }

    private static ClaimRuleResult MatchOne(ClaimRule rule, string name, ReadOnlySpan<char> text)
    {
        var pattern = rule.Value ?? "";
        if (!GlobCache.TryGet(pattern, out var glob, out var error))
        {
            return UnparsableGlob(name, pattern, error);
        }
        return glob.IsMatch(text)
            ? ClaimRuleResult.Success
            : ClaimRuleResult.Failure($"claim {GoQuote.Quote(name)} must match glob {GoQuote.Quote(pattern)}, but value {GoQuote.Quote(text.ToString())} did not match");
    }

    // Patterns are compiled in order until one matches, as Forgejo does: a broken pattern after a
    // matching one goes unnoticed here (validation reports it).
    private static ClaimRuleResult MatchAny(ClaimRule rule, string name, ReadOnlySpan<char> text)
    {
        if (rule.Values is { } patterns)
        {
            foreach (var candidate in patterns)
            {
                var pattern = candidate ?? "";
                if (!GlobCache.TryGet(pattern, out var glob, out var error))
                {
                    return UnparsableGlob(name, pattern, error);
                }
                if (glob.IsMatch(text))
                {
                    return ClaimRuleResult.Success;
                }
            }
        }
        return ClaimRuleResult.Failure($"claim {GoQuote.Quote(name)} must glob match one of {GoQuote.QuoteList(rule.Values)}, but value {GoQuote.Quote(text.ToString())} did not match");
    }

    private static ClaimRuleResult Nest(ClaimRule rule, string name, ClaimValue value)
    {
        if (value.Element.ValueKind != JsonValueKind.Object)
        {
            return ClaimRuleResult.Failure($"claim {GoQuote.Quote(name)} must be a map, but was {value.TypeName}");
        }
        // Forgejo passes a nest rule without nested rules; a typo such as "rules" for "nested" would then
        // accept any object, so this fails closed.
        if (rule.Nested is null)
        {
            return ClaimRuleResult.Failure($"in nested claim {GoQuote.Quote(name)}: claim rules are nil");
        }
        var result = EvaluateRules(rule.Nested, value.Element, isTopLevel: false);
        return result.IsSuccess
            ? result
            : ClaimRuleResult.Failure($"in nested claim {GoQuote.Quote(name)}: {result.Error}");
    }

    private static ClaimRuleResult UnparsableGlob(string name, string pattern, string error) =>
        ClaimRuleResult.Failure($"unable to parse glob for claim rule on {GoQuote.Quote(name)}; glob = {GoQuote.Quote(pattern)}, err = {error}");
}
