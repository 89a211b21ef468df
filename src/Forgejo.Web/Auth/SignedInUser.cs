using Forgejo.Domain.Users;
using Forgejo.Persistence;
using Forgejo.Persistence.Queries;

namespace Forgejo.Web.Auth;

/// <summary>
/// The caller's user row as authentication read it from the database during this request. Endpoints use it instead of
/// reading the row again, as Forgejo's handlers use the doer its authentication loaded. Only a row read during this
/// request is kept here, never a cached one, so an endpoint's answer is as current as the request.
/// </summary>
public sealed record SignedInUser(User Row);

public static class SignedInUserExtensions
{
    public static void SetSignedInUser(this HttpContext http, User row) => http.Features.Set(new SignedInUser(row));

    /// <summary>The signed-in caller's row: the one authentication read, or a fresh read by id; null for anonymous callers or a deleted user.</summary>
    public static async Task<User?> SignedInUserAsync(this HttpContext http, ForgejoDbContext db, CancellationToken cancellationToken)
    {
        var caller = http.Caller();
        if (caller.UserId is not { } id)
        {
            return null;
        }

        return http.Features.Get<SignedInUser>() is { } signedIn && signedIn.Row.Id == id
            ? signedIn.Row
            : await HotPathQueries.UserById(db, id, cancellationToken);
    }
}
