namespace Forgejo.Web.Auth;

/// <summary>The <c>WWW-Authenticate</c> value of a 401, as RFC 6750 §3 describes it.</summary>
public static class BearerChallenge
{
    /// <summary><c>Bearer</c> when no credential was given; with <c>error="invalid_token"</c> and the reason when one failed.</summary>
    public static string Header(string? failure) => failure is null
        ? "Bearer"
        : $"Bearer error=\"invalid_token\", error_description=\"{HeaderSafe(failure)}\"";

    // RFC 6750 allows %x20-21 / %x23-5B / %x5D-7E in error_description: no quotes, no backslashes, ASCII only.
    private static string HeaderSafe(string text) => new(text.Select(c => c switch
    {
        '"' => '\'',
        '\\' => '/',
        < ' ' or > '~' => '?',
        _ => c,
    }).ToArray());
}
