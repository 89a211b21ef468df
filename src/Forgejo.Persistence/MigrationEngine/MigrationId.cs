using System.Text.RegularExpressions;

namespace Forgejo.Persistence.MigrationEngine;

/// <summary>
/// Forgejo's migration ids: the file name without extension, <c>v&lt;cycle&gt;&lt;letter&gt;_&lt;description&gt;</c>,
/// ordered byte-wise (Go's <c>strings.Compare</c>), never by culture.
/// </summary>
public static partial class MigrationId
{
    /// <summary>The history column is VARCHAR(255).</summary>
    public const int MaxLength = 255;

    /// <summary>Ordinal comparison of UTF-16 code units equals byte-wise UTF-8 order for the ASCII ids allowed here.</summary>
    public static readonly StringComparer Order = StringComparer.Ordinal;

    public const string FormatDescription =
        "v<cycle number><one lower-case letter>_<description of letters, digits, '-', '_' or '.'>, e.g. v16b_add_something";

    // Forgejo's file-name rule, (v[0-9]+[a-z])_([^/]+), narrowed to characters that are safe in a file name,
    // a C# identifier's source and a SQL literal.
    [GeneratedRegex("^v[0-9]+[a-z]_[A-Za-z0-9_.-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public static bool IsValid(string? id) => id is { Length: <= MaxLength } && Pattern().IsMatch(id);
}
