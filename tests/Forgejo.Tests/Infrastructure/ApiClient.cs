using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Forgejo.Domain.Users;
using Forgejo.Persistence;
using Forgejo.Web.Auth;

namespace Forgejo.Tests.Infrastructure;

/// <summary>Seeds users and tokens through the server's own services and sends API requests over real HTTP.</summary>
public static class ApiClient
{
    public static async Task<User> CreateUserAsync(this RunningServer server, string name, bool admin = false, bool active = true,
        bool prohibitLogin = false)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ForgejoDbContext>();
        var user = new User
        {
            Name = name,
            LowerName = name.ToLowerInvariant(),
            Email = $"{name}@example.com",
            FullName = $"{name} Full",
            IsAdmin = admin,
            IsActive = active,
            ProhibitLogin = prohibitLogin,
            CreatedUnix = 1767225600,
            UpdatedUnix = 1767225600,
        };
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return user;
    }

    public static async Task<string> CreateTokenAsync(this RunningServer server, long userId, string scope, string name = "test")
    {
        await using var serviceScope = server.Services.CreateAsyncScope();
        var store = serviceScope.ServiceProvider.GetRequiredService<AccessTokenStore>();
        var (_, token) = await store.CreateAsync(userId, name, scope, CancellationToken.None);
        return token;
    }

    public static Task<HttpResponseMessage> SendAsync(this RunningServer server, HttpMethod method, string path, string? token,
        string? json = null, string scheme = "token")
    {
        var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", $"{scheme} {token}");
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return server.Client.SendAsync(request);
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    /// <summary>Asserts a problem-details error with the given status and Forgejo <c>message</c>.</summary>
    public static async Task AssertProblemAsync(this HttpResponseMessage response, System.Net.HttpStatusCode status, string message)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {status}, got {response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(body);
        Assert.Equal(message, document.RootElement.GetProperty("message").GetString());
        Assert.Equal(message, document.RootElement.GetProperty("detail").GetString());
        Assert.Equal((int)status, document.RootElement.GetProperty("status").GetInt32());
        Assert.EndsWith("/openapi/v1.json", document.RootElement.GetProperty("url").GetString());
    }

    public static MediaTypeHeaderValue? ContentType(this HttpResponseMessage response) => response.Content.Headers.ContentType;
}
