using Forgejo.Domain.ClaimRules;

namespace Forgejo.Tests.ClaimRules;

public sealed class GobwasCompileTests
{
    [Fact]
    public void Compiles_exactly_the_patterns_gobwas_compiles_with_the_same_errors()
    {
        var rows = GobwasCompileCases.Table.ReplaceLineEndings("\n").Split('\n');
        var disagreements = new List<string>();
        foreach (var row in rows)
        {
            var (pattern, expected) = (row[..row.IndexOf('\t')], row[(row.IndexOf('\t') + 1)..]);
            var actual = Glob.TryCompile(pattern, out _, out var error) ? "ok" : error;
            if (actual != expected)
            {
                disagreements.Add($"{pattern}: gobwas {expected}, here {actual}");
            }
        }

        Assert.Empty(disagreements);
        Assert.Equal(2000, rows.Length);
        Assert.Equal(643, rows.Count(row => !row.EndsWith("\tok", StringComparison.Ordinal)));
    }
}
