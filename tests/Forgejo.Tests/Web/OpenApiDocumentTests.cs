using System.Net;
using System.Text.Json;
using Forgejo.Persistence;
using Forgejo.Tests.Infrastructure;
using Forgejo.Web.Auth;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Forgejo.Tests.Web;

public sealed class OpenApiDocumentTests
{
    private const string Scheme = "AuthorizationHeaderToken";

    [Fact]
    public async Task The_document_lists_the_api_with_scopes_and_problem_responses()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var server = await RunningServer.StartAsync(database);

        var response = await server.Client.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.ContentType()?.MediaType);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = document.RootElement;
        Assert.StartsWith("3.", root.GetProperty("openapi").GetString());
        var paths = root.GetProperty("paths");
        foreach (var path in new[]
                 {
                     "/api/healthz", "/api/v1/user", "/api/v1/user/repos", "/api/v1/repos/{owner}/{repo}", "/api/v1/repos/search",
                     "/api/v1/user/authorized-integrations", "/api/v1/user/authorized-integrations/{id}",
                 })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"missing path {path}");
        }

        var getUser = paths.GetProperty("/api/v1/user").GetProperty("get");
        Assert.Contains("Requires token scope: read:user", getUser.GetProperty("description").GetString());
        var requirement = Assert.Single(getUser.GetProperty("security").EnumerateArray());
        Assert.Equal(["read:user"], requirement.GetProperty(Scheme).EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("apiKey", root.GetProperty("components").GetProperty("securitySchemes").GetProperty(Scheme).GetProperty("type").GetString());

        var forbidden = getUser.GetProperty("responses").GetProperty("403").GetProperty("content").GetProperty("application/problem+json");
        var problem = Resolve(root, forbidden.GetProperty("schema"));
        Assert.True(problem.GetProperty("properties").TryGetProperty("message", out _), "the problem schema documents Forgejo's message");
        Assert.True(problem.GetProperty("properties").TryGetProperty("detail", out _));

        var search = paths.GetProperty("/api/v1/repos/search").GetProperty("get");
        Assert.Equal(["q", "page", "limit"], search.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
    }

    /// <summary>
    /// The document against the server itself: every endpoint under /api appears with the scopes of its
    /// <see cref="RequiredScopes"/> metadata, every /api/v1 operation documents 401 and 403 problems, and an operation
    /// documented as requiring a token does answer an anonymous request with 401 (and the others do not).
    /// </summary>
    [Fact]
    public async Task The_document_matches_the_endpoints_scopes_and_anonymous_access()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var server = await RunningServer.StartAsync(database);
        using var document = JsonDocument.Parse(await server.Client.GetStringAsync("/openapi/v1.json"));
        var paths = document.RootElement.GetProperty("paths");

        var endpoints = server.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true).ToList();
        Assert.NotEmpty(endpoints);
        foreach (var endpoint in endpoints)
        {
            var path = endpoint.RoutePattern.RawText!.TrimEnd('/'); // MapGet("") in a group ends with a slash
            foreach (var method in endpoint.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods)
            {
                var label = $"{method} {path}";
                Assert.True(paths.TryGetProperty(path, out var item), $"missing path {path}");
                Assert.True(item.TryGetProperty(method.ToLowerInvariant(), out var operation), $"missing operation {label}");
                if (!path.StartsWith("/api/v1/", StringComparison.Ordinal))
                {
                    continue;
                }

                var scopes = endpoint.Metadata.GetMetadata<RequiredScopes>()?.Scopes ?? [];
                var requirements = operation.GetProperty("security").EnumerateArray().ToList();
                var tokenRequirement = requirements.Single(r => r.TryGetProperty(Scheme, out _));
                Assert.Equal(scopes, tokenRequirement.GetProperty(Scheme).EnumerateArray().Select(s => s.GetString()!).ToList());
                foreach (var scope in scopes)
                {
                    Assert.Contains(scope, operation.GetProperty("description").GetString());
                }

                foreach (var status in new[] { "401", "403" })
                {
                    Assert.True(operation.GetProperty("responses").TryGetProperty(status, out var error), $"{label} has no {status}");
                    Assert.True(error.GetProperty("content").TryGetProperty("application/problem+json", out _), $"{label} {status} is not a problem");
                }

                var anonymousAllowed = requirements.Any(r => !r.EnumerateObject().Any());
                var url = path.Replace("{owner}", "nobody").Replace("{repo}", "nothing").Replace("{id}", "1");
                var answer = await server.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));
                if (anonymousAllowed)
                {
                    Assert.NotEqual(HttpStatusCode.Unauthorized, answer.StatusCode);
                }
                else
                {
                    await answer.AssertProblemAsync(HttpStatusCode.Unauthorized, "token is required");
                }
            }
        }
    }

    private static JsonElement Resolve(JsonElement root, JsonElement schema)
    {
        if (!schema.TryGetProperty("$ref", out var reference))
        {
            return schema;
        }

        var id = reference.GetString()!["#/components/schemas/".Length..];
        return root.GetProperty("components").GetProperty("schemas").GetProperty(id);
    }
}
