namespace Forgejo.Web.Auth.IntegrationJwt;

/// <summary>
/// The <c>AuthorizedIntegration</c> configuration section: Forgejo's <c>[authorized_integration]</c> settings plus the
/// hardening this implementation adds. Defaults are strict; every loosening is a setting an operator writes down.
/// </summary>
public sealed class AuthorizedIntegrationOptions
{
    public const string SectionName = "AuthorizedIntegration";

    /// <summary>Host patterns (<c>*.example.com</c>, an IP's text) that may be fetched; empty means every public address.</summary>
    public List<string> AllowedDomains { get; set; } = [];

    /// <summary>Host patterns never fetched, even when allowed.</summary>
    public List<string> BlockedDomains { get; set; } = [];

    /// <summary>Also allow private (RFC 1918, fc00::/7) and loopback addresses; link-local and other special ranges stay refused.</summary>
    public bool AllowLocalNetworks { get; set; }

    /// <summary>Whole-request limit for a discovery or JWKS fetch: connect, TLS, headers and body.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long fetched discovery documents and key sets are reused.</summary>
    public TimeSpan CacheTtl { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>An unknown <c>kid</c> refetches the issuer's keys at most once per interval (rotation works at once, floods do not reach the issuer).</summary>
    public TimeSpan KeyRefetchInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long a found integration (with its owner) is reused without reading the database; zero turns it off.
    /// Edits and deletions through this server take effect at once; through another replica, within this time.
    /// </summary>
    public TimeSpan LookupCacheTtl { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Leeway applied to <c>exp</c>, <c>nbf</c> and <c>iat</c> (Forgejo uses none).</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Reject tokens without <c>exp</c> (Forgejo accepts them).</summary>
    public bool RequireExpiration { get; set; } = true;

    /// <summary>When set, reject tokens whose <c>exp</c> is further than this after <c>iat</c> (or after now, without <c>iat</c>).</summary>
    public TimeSpan? MaxTokenLifetime { get; set; }

    /// <summary>PEM bundle of CA certificates trusted in addition to the system roots, for issuers with a private CA.</summary>
    public string? TrustedCaFile { get; set; }

    /// <summary>The 16 KiB cap of Forgejo on discovery and JWKS bodies, enforced while reading.</summary>
    public const int MaxDocumentBytes = 16 * 1024;
}
