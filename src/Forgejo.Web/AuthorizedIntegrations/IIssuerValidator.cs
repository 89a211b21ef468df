namespace Forgejo.Web.AuthorizedIntegrations;

/// <summary>The live check of an issuer before an integration is saved (Forgejo's <c>validateExternalIssuer</c>).</summary>
public interface IIssuerValidator
{
    /// <summary>Null when the issuer serves usable discovery and keys; otherwise why not.</summary>
    Task<string?> ValidateAsync(Uri issuer, CancellationToken cancellationToken);
}
