using Microsoft.AspNetCore.Mvc;

namespace Forgejo.Web.Authentication;

/// <summary>
/// A 401 as RFC 6750 §3 describes it (<c>WWW-Authenticate: Bearer error="invalid_token", error_description="…"</c>),
/// with an RFC 9457 problem-details body that also carries Forgejo's <c>message</c> field.
/// </summary>
public static class BearerChallenge
{
    public static async Task WriteAsync(HttpContext context, string? failure)
    {
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.WWWAuthenticate = failure is null
            ? "Bearer"
            : $"Bearer error=\"invalid_token\", error_description=\"{HeaderSafe(failure)}\"";
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status401Unauthorized,
            Title = "Unauthorized",
            Detail = failure ?? "authentication required",
        };
        problem.Extensions["message"] = problem.Detail;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }

    // RFC 6750 allows %x20-21 / %x23-5B / %x5D-7E in error_description: no quotes, no backslashes, ASCII only.
    private static string HeaderSafe(string text)
    {
        var chars = text.Select(c => c switch
        {
            '"' => '\'',
            '\\' => '/',
            < ' ' or > '~' => '?',
            _ => c,
        }).ToArray();
        return new string(chars);
    }
}
