using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace Forgejo.Domain.ClaimRules;

/// <summary>
/// Compiled globs (and compile errors) by pattern text, so each stored pattern is parsed once per
/// process rather than once per request. Bounded: when full it is emptied and refills with the
/// patterns still in use, which keeps the code trivial and the memory capped.
/// </summary>
internal static class GlobCache
{
    private const int Capacity = 4096;

    private static readonly ConcurrentDictionary<string, Entry> Entries = new(StringComparer.Ordinal);

    public static bool TryGet(string pattern, [NotNullWhen(true)] out Glob? glob, [NotNullWhen(false)] out string? error)
    {
        if (!Entries.TryGetValue(pattern, out var entry))
        {
            entry = Glob.TryCompile(pattern, out var compiled, out var compileError)
                ? new Entry(compiled, null)
                : new Entry(null, compileError);
            if (Entries.Count >= Capacity)
            {
                Entries.Clear();
            }
            Entries[pattern] = entry;
        }
        glob = entry.Glob;
        error = entry.Error;
        return entry.Glob is not null;
    }

    private sealed record Entry(Glob? Glob, string? Error);
}
