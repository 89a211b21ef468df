namespace Forgejo.Web.Auth.IntegrationJwt.Tokens;

/// <summary><c>exp</c>, <c>nbf</c> and <c>iat</c> against the clock, with leeway, a required expiry and an optional maximum lifetime.</summary>
public static class TokenTimes
{
    public static string? Validate(UnverifiedJwt token, DateTimeOffset now, AuthorizedIntegrationOptions options)
    {
        var nowSeconds = now.ToUnixTimeSeconds();
        var skew = (long)options.ClockSkew.TotalSeconds;
        var problems = new List<string>(2);
        if (token.Expires is null)
        {
            if (options.RequireExpiration)
            {
                problems.Add("token has no `exp` claim, and one is required");
            }
        }
        else if (nowSeconds >= token.Expires + skew)
        {
            problems.Add("token is expired");
        }

        if (token.NotBefore is { } nbf && nowSeconds + skew < nbf)
        {
            problems.Add("token is not valid yet");
        }

        if (token.IssuedAt is { } iat && nowSeconds + skew < iat)
        {
            problems.Add("token used before issued");
        }

        if (options.MaxTokenLifetime is { } max && token.Expires is { } exp && exp - (token.IssuedAt ?? nowSeconds) > (long)max.TotalSeconds)
        {
            problems.Add($"token lifetime exceeds the allowed {(long)max.TotalSeconds} s");
        }

        return problems.Count == 0 ? null : "token has invalid claims: " + string.Join(", ", problems);
    }
}
