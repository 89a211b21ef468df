using System.Globalization;
using Forgejo.Domain.Scopes;
using Forgejo.Persistence;
using Forgejo.Persistence.Queries;
using Forgejo.Web.Api;
using Forgejo.Web.Auth;
using Forgejo.Web.Hosting;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

// The baseline of bench/e2e: what stock ASP.NET Core gives for `GET /api/v1/user` with a JWT. One issuer, its key given
// statically (BaselineJwk: the issuer's public JWK as JSON), the audiences listed (BaselineAudiences, comma-separated),
// then the same user row through the same pooled DbContext and the same JSON as the real server.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var configuration = builder.Configuration;
builder.Services.AddForgejoDatabase(configuration);
builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(options =>
{
    options.MapInboundClaims = false;
    options.TokenValidationParameters = new TokenValidationParameters
    {
        ValidIssuer = configuration["BaselineIssuer"],
        ValidAudiences = (configuration["BaselineAudiences"] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries),
        IssuerSigningKey = new JsonWebKey(File.ReadAllText(configuration["BaselineJwk"] ?? throw new InvalidOperationException("BaselineJwk is required"))),
        ClockSkew = TimeSpan.FromSeconds(30),
    };
});
builder.Services.AddAuthorization();
var app = builder.Build();
app.UseAuthentication();
app.UseAuthorization();
app.MapGet("/api/v1/user", async (HttpContext http, ForgejoDbContext db, CancellationToken cancellationToken) =>
{
    // The server's audiences read u:<user id>:<uuid>.
    var audience = http.User.FindFirst("aud")!.Value;
    var userId = long.Parse(audience.Split(':')[1], CultureInfo.InvariantCulture);
    var user = await HotPathQueries.UserById(db, userId, cancellationToken);
    if (user is null)
    {
        return Results.NotFound();
    }

    var baseUrl = $"{http.Request.Scheme}://{http.Request.Host}";
    // The server's own JSON for a user reading themself.
    return Results.Ok(UserJson.From(user, new ApiCaller(user.Id, user.Name, user.IsAdmin, AccessTokenScope.Empty, null), baseUrl));
}).RequireAuthorization();
app.MapGet("/api/healthz", () => Results.Ok());
app.Run();
