using System.Globalization;
using System.Text.Json.Serialization;
using Forgejo.Persistence;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;

// The baseline of bench/e2e: what stock ASP.NET Core gives for `GET /api/v1/user` with a JWT. One issuer, its key given
// statically (BaselineJwk: the issuer's public JWK as JSON), the audiences listed (BaselineAudiences, comma-separated),
// then the same user row through the same pooled DbContext and the same JSON as the real server.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var configuration = builder.Configuration;
var settings = configuration.GetSection(DatabaseSettings.SectionName).Get<DatabaseSettings>() ?? new DatabaseSettings();
var connectionString = !string.IsNullOrWhiteSpace(settings.ConnectionString)
    ? settings.ConnectionString
    : $"Data Source={Path.Combine(Path.GetFullPath(configuration["DataPath"] ?? "data"), "forgejo.db")}";
builder.Services.AddForgejoDbContext(settings.ParsedProvider, connectionString, settings.ServerVersion);
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
builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.TypeInfoResolverChain.Insert(0, BaselineJson.Default));
var app = builder.Build();
app.UseAuthentication();
app.UseAuthorization();
app.MapGet("/api/v1/user", async (HttpContext http, ForgejoDbContext db, CancellationToken cancellationToken) =>
{
    // The server's audiences read u:<user id>:<uuid>.
    var audience = http.User.FindFirst("aud")!.Value;
    var userId = long.Parse(audience.Split(':')[1], CultureInfo.InvariantCulture);
    var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
    if (user is null)
    {
        return Results.NotFound();
    }

    var baseUrl = $"{http.Request.Scheme}://{http.Request.Host}";
    return Results.Ok(new UserJson(user.Id, user.Name, "", user.FullName, user.Email, $"{baseUrl}/{user.Name}", user.IsAdmin,
        DateTimeOffset.FromUnixTimeSeconds(user.CreatedUnix).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        false, user.IsActive, user.ProhibitLogin, "public", user.Name));
}).RequireAuthorization();
app.MapGet("/api/healthz", () => Results.Ok());
app.Run();

/// <summary>The same fields as the server's <c>UserJson</c>.</summary>
internal sealed record UserJson(
    [property: JsonPropertyName("id")] long Id,
    [property: JsonPropertyName("login")] string Login,
    [property: JsonPropertyName("login_name")] string LoginName,
    [property: JsonPropertyName("full_name")] string FullName,
    [property: JsonPropertyName("email")] string Email,
    [property: JsonPropertyName("html_url")] string HtmlUrl,
    [property: JsonPropertyName("is_admin")] bool IsAdmin,
    [property: JsonPropertyName("created")] string Created,
    [property: JsonPropertyName("restricted")] bool Restricted,
    [property: JsonPropertyName("active")] bool Active,
    [property: JsonPropertyName("prohibit_login")] bool ProhibitLogin,
    [property: JsonPropertyName("visibility")] string Visibility,
    [property: JsonPropertyName("username")] string Username);

[JsonSerializable(typeof(UserJson))]
internal sealed partial class BaselineJson : JsonSerializerContext;
