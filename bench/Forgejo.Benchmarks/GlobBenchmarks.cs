using BenchmarkDotNet.Attributes;
using Forgejo.Domain.ClaimRules;

namespace Forgejo.Benchmarks;

/// <summary>
/// The pattern that makes backtracking glob matchers exponential, against 10 KiB of 'a'. As written
/// (<c>*a*a*a*a*a*b</c>) the literal suffix check rejects it at once, so the variants below make the
/// NFA walk all 10 KiB: with a final 'b' (a match), without the literal suffix, and with enough states
/// to need the engine for large programs. A realistic claim pattern gives the scale.
/// </summary>
[MemoryDiagnoser]
[OperationsPerSecond]
public class GlobBenchmarks
{
    private readonly string _run = new('a', 10 * 1024);
    private readonly string _runThenB = new string('a', 10 * 1024) + "b";
    private readonly Glob _adversarial = Glob.Compile("*a*a*a*a*a*b");
    private readonly Glob _adversarialNoSuffix = Glob.Compile("*a*a*a*a*a*b*");
    private readonly Glob _adversarialLarge = Glob.Compile(string.Concat(Enumerable.Repeat("*a", 40)) + "*b*");
    private readonly Glob _realistic = Glob.Compile("repo:octo-org/*:ref:refs/heads/{main,release/*}");

    [Benchmark]
    public bool AdversarialOn10KiB() => _adversarial.IsMatch(_run);

    [Benchmark]
    public bool AdversarialOn10KiBEndingInB() => _adversarial.IsMatch(_runThenB);

    [Benchmark]
    public bool AdversarialWithoutSuffixOn10KiB() => _adversarialNoSuffix.IsMatch(_run);

    [Benchmark]
    public bool Adversarial82StatesOn10KiB() => _adversarialLarge.IsMatch(_run);

    [Benchmark]
    public bool RealisticSub() => _realistic.IsMatch("repo:octo-org/octo-repo:ref:refs/heads/release/v2");
}
