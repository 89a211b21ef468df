namespace Forgejo.Web.Auth.IntegrationJwt.Fetching;

/// <summary>A discovery or JWKS fetch that the rules refuse or that failed; the message is safe to show the caller.</summary>
public sealed class FetchDeniedException(string message, Exception? inner = null) : Exception(message, inner);
