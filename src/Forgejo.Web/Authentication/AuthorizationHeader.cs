namespace Forgejo.Web.Authentication;

/// <summary>
/// Forgejo's reading of <c>Authorization</c>: split on runs of white space into exactly two fields, the first
/// <c>bearer</c> or <c>token</c> in any case. Anything else is no credential of these kinds.
/// </summary>
public static class AuthorizationHeader
{
    public static string? ReadToken(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return null;
        }

        var fields = header.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length != 2)
        {
            return null;
        }

        return fields[0].Equals("bearer", StringComparison.OrdinalIgnoreCase) || fields[0].Equals("token", StringComparison.OrdinalIgnoreCase)
            ? fields[1]
            : null;
    }

    /// <summary>A compact JWS has exactly two dots; a Forgejo access token (40 hex characters) has none.</summary>
    public static bool LooksLikeJwt(string token) => token.Count(c => c == '.') == 2;
}
