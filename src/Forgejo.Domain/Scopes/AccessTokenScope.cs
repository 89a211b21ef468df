namespace Forgejo.Domain.Scopes;

/// <summary>The category half of a scope such as <c>read:repository</c>.</summary>
public enum AccessTokenScopeCategory
{
    ActivityPub,
    Admin,
    Misc,
    Notification,
    Organization,
    Package,
    Issue,
    Repository,
    User,
}

public enum AccessTokenScopeLevel
{
    Read,
    Write,
}

/// <summary>A scope string that names an unknown scope; the message is Forgejo's.</summary>
public sealed class InvalidAccessTokenScopeException(string scope)
    : FormatException($"invalid access token scope: {scope}")
{
    public string Scope { get; } = scope;
}

/// <summary>
/// Forgejo's access-token scope (<c>models/auth/access_token_scope.go</c>): a comma-separated list of
/// <c>all</c>, <c>public-only</c> and <c>read:</c>/<c>write:</c> per category. <c>write</c> implies <c>read</c>
/// and <c>all</c> is write on every category (it does not imply <c>public-only</c>).
/// </summary>
public sealed class AccessTokenScope : IEquatable<AccessTokenScope>
{
    public const string All = "all";
    public const string PublicOnly = "public-only";

    // Forgejo's allAccessTokenScopes order, which is also the order a normalised scope is written in.
    private static readonly string[] Ordered =
    [
        PublicOnly,
        "write:activitypub", "read:activitypub",
        "write:admin", "read:admin",
        "write:misc", "read:misc",
        "write:notification", "read:notification",
        "write:organization", "read:organization",
        "write:package", "read:package",
        "write:issue", "read:issue",
        "write:repository", "read:repository",
        "write:user", "read:user",
    ];

    private const string AllWrites =
        "write:activitypub,write:admin,write:misc,write:notification,write:organization,write:package,write:issue,write:repository,write:user";

    private static readonly Dictionary<string, uint> Bits = BuildBits();
    private static readonly uint AllBits = Ordered.Where(s => s.StartsWith("write:", StringComparison.Ordinal)).Aggregate(0u, (acc, s) => acc | Bits[s]);

    private readonly uint _bits;

    private AccessTokenScope(uint bits) => _bits = bits;

    public static AccessTokenScope Empty { get; } = new(0);

    /// <summary>True when <c>public-only</c> is part of the scope: only public repositories and organisations are visible.</summary>
    public bool IsPublicOnly => (_bits & Bits[PublicOnly]) != 0;

    /// <summary>Parses a scope string: items are trimmed and empty items skipped, an unknown item fails naming it.</summary>
    /// <exception cref="InvalidAccessTokenScopeException">An item is not a known scope.</exception>
    public static AccessTokenScope Parse(string? scope)
    {
        uint bits = 0;
        foreach (var raw in (scope ?? "").Split(','))
        {
            var item = raw.Trim();
            if (item.Length == 0)
            {
                continue;
            }

            if (item == All)
            {
                bits |= AllBits;
                continue;
            }

            bits |= Bits.TryGetValue(item, out var value) ? value : throw new InvalidAccessTokenScopeException(item);
        }

        return new AccessTokenScope(bits);
    }

    public static bool TryParse(string? scope, out AccessTokenScope parsed, out string? error)
    {
        try
        {
            parsed = Parse(scope);
            error = null;
            return true;
        }
        catch (InvalidAccessTokenScopeException ex)
        {
            parsed = Empty;
            error = ex.Message;
            return false;
        }
    }

    /// <summary>Normalises a scope string as Forgejo does: implied reads dropped, every write collapsed to <c>all</c>.</summary>
    public static string Normalize(string? scope) => Parse(scope).ToString();

    /// <summary>The scope name for a level and category, e.g. <c>read:user</c>.</summary>
    public static string Name(AccessTokenScopeLevel level, AccessTokenScopeCategory category) =>
        $"{(level == AccessTokenScopeLevel.Write ? "write" : "read")}:{category.ToString().ToLowerInvariant()}";

    /// <summary>True when every one of <paramref name="required"/> is covered.</summary>
    /// <exception cref="InvalidAccessTokenScopeException">A required scope is not a known scope.</exception>
    public bool HasScope(params string[] required) => required.All(r => Covers(Parse(r)._bits));

    /// <summary>True when at least one of <paramref name="required"/> is covered (Forgejo's route check).</summary>
    public bool HasAnyScope(params string[] required) => required.Any(r => Covers(Parse(r)._bits));

    private bool Covers(uint required) => (_bits & required) == required;

    /// <summary>The individual scope names, as they would be written after normalisation.</summary>
    public IReadOnlyList<string> Items => ToString().Split(',', StringSplitOptions.RemoveEmptyEntries);

    public override string ToString()
    {
        var items = new List<string>();
        uint rebuilt = 0;
        foreach (var item in Ordered)
        {
            var bits = Bits[item];
            if ((rebuilt & bits) == bits || (_bits & bits) != bits)
            {
                continue;
            }

            items.Add(item);
            rebuilt |= bits;
        }

        return string.Join(',', items).Replace(AllWrites, All, StringComparison.Ordinal);
    }

    public bool Equals(AccessTokenScope? other) => other is not null && other._bits == _bits;
    public override bool Equals(object? obj) => Equals(obj as AccessTokenScope);
    public override int GetHashCode() => (int)_bits;

    private static Dictionary<string, uint> BuildBits()
    {
        var bits = new Dictionary<string, uint>(StringComparer.Ordinal) { [PublicOnly] = 1 };
        var next = 1;
        foreach (var category in Enum.GetValues<AccessTokenScopeCategory>())
        {
            var read = 1u << next++;
            var write = 1u << next++;
            bits[Name(AccessTokenScopeLevel.Read, category)] = read;
            bits[Name(AccessTokenScopeLevel.Write, category)] = read | write;
        }

        return bits;
    }
}
