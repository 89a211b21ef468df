using Forgejo.Persistence;
using Forgejo.Web.Auth;

namespace Forgejo.Web.Api;

/// <summary><c>/api/v1/user</c>: the signed-in user.</summary>
public static class UserEndpoints
{
    public static RouteGroupBuilder MapUserEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/user", GetAuthenticatedUserAsync)
            .RequireSignIn().RequireScope("read:user")
            .WithName("userGetCurrent").WithTags("user").WithSummary("Get the authenticated user")
            .Produces<UserJson>().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        return api;
    }

    private static async Task<IResult> GetAuthenticatedUserAsync(HttpContext http, ForgejoDbContext db, CancellationToken cancellationToken)
    {
        var user = await http.SignedInUserAsync(db, cancellationToken);
        return user is null ? ApiProblem.NotFound() : TypedResults.Ok(UserJson.From(user, http.Caller(), ApiUrls.Base(http.Request)));
    }
}
