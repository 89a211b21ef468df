using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace Forgejo.Web.Api;

/// <summary>
/// API errors as RFC 9457 problem details (<c>application/problem+json</c>) that also carry Forgejo's
/// <c>message</c> and <c>url</c> members, so Forgejo clients that read <c>message</c> keep working.
/// </summary>
public static class ApiProblem
{
    public const string NotFoundMessage = "The target couldn't be found.";
    public const string TokenRequiredMessage = "token is required";

    public static IResult Result(int status, string message) => TypedResults.Problem(Details(status, message));

    public static IResult NotFound() => Result(StatusCodes.Status404NotFound, NotFoundMessage);

    public static Task WriteAsync(HttpContext http, int status, string message) => Result(status, message).ExecuteAsync(http);

    public static ProblemDetails Details(int status, string message) => new()
    {
        Status = status,
        Title = ReasonPhrases.GetReasonPhrase(status),
        Detail = message,
        Extensions = { ["message"] = message },
    };

    /// <summary>Gives every problem response (including status-code pages and unhandled exceptions) Forgejo's members.</summary>
    public static void Customize(ProblemDetailsContext context)
    {
        var details = context.ProblemDetails;
        details.Extensions.TryAdd("message", details.Detail ?? details.Title ?? "");
        var request = context.HttpContext.Request;
        details.Extensions["url"] = $"{request.Scheme}://{request.Host}{request.PathBase}/openapi/v1.json";
    }
}
