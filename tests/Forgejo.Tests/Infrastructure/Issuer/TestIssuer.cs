using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Forgejo.Tests.Infrastructure.Issuer;

/// <summary>How the issuer answers one of its two documents.</summary>
public enum IssuerBehaviour
{
    Normal,
    NotFound,
    Redirect,
    Oversized,
    SlowEndless,
    NeverAnswers,
}

/// <summary>
/// A real OIDC issuer on loopback HTTPS (Kestrel, certificate from <see cref="TestCertificateAuthority"/>), serving
/// <c>{issuer}/.well-known/openid-configuration</c> and <c>{issuer}/.keys</c>, and signing tokens with its keys.
/// Every document and behaviour can be changed while it runs; it counts the requests it gets.
/// </summary>
public sealed class TestIssuer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _discoveryRequests;
    private int _jwksRequests;

    private TestIssuer(WebApplication app, string hostName, int port, string path)
    {
        _app = app;
        Port = port;
        Issuer = $"https://{hostName}{(port == 443 ? "" : $":{port}")}{path}";
    }

    public string Issuer { get; set; }
    public int Port { get; }
    /// <summary>The published keys; the first signs. Shared keys by default: a test that adds its own disposes it.</summary>
    public List<SigningKey> Keys { get; } = [];

    /// <summary>Replaces the generated discovery document when set.</summary>
    public JsonObject? Discovery { get; set; }

    /// <summary>Replaces the generated key set when set.</summary>
    public string? JwksJson { get; set; }

    /// <summary>
    /// When true, the generated documents name the host the request was sent to, so one issuer can stand in for any
    /// https host that the server under test resolves to it (<see cref="SharedIssuer"/>).
    /// </summary>
    public bool NameRequestedHost { get; set; }

    public IssuerBehaviour DiscoveryBehaviour { get; set; }
    public IssuerBehaviour JwksBehaviour { get; set; }

    public int DiscoveryRequests => Volatile.Read(ref _discoveryRequests);
    public int JwksRequests => Volatile.Read(ref _jwksRequests);

    /// <summary>Where the key set is served, below the issuer's path.</summary>
    public string JwksPath { get; set; } = "/.keys";

    public string JwksUri => Issuer + JwksPath;

    /// <summary>
    /// Starts an issuer. <paramref name="hostName"/> is the host its URLs name (127.0.0.1 by default); a name other than an
    /// address needs the server under test to resolve it to loopback.
    /// </summary>
    public static async Task<TestIssuer> StartAsync(TestCertificateAuthority ca, string path = "/api/actions", string hostName = "127.0.0.1",
        string[]? algorithms = null, string[]? extraCertificateNames = null)
    {
        var certificate = ca.IssueServerCertificate([hostName, .. extraCertificateNames ?? []]);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
        var app = builder.Build();
        TestIssuer? issuer = null;
        app.Run(context => issuer!.HandleAsync(context));
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        issuer = new TestIssuer(app, hostName, address.Port, path.TrimEnd('/'));
        foreach (var algorithm in algorithms ?? ["RS256"])
        {
            issuer.Keys.Add(SigningKey.Shared(algorithm));
        }

        return issuer;
    }

    /// <summary>The issuer's claims for a token with this audience, expiring in an hour after <paramref name="now"/>.</summary>
    public JsonObject Claims(string audience, DateTimeOffset now, params (string Name, JsonNode? Value)[] extra)
    {
        var claims = new JsonObject
        {
            ["iss"] = Issuer,
            ["aud"] = audience,
            ["sub"] = "repo:acme/app:ref:refs/heads/main",
            ["iat"] = now.ToUnixTimeSeconds(),
            ["nbf"] = now.ToUnixTimeSeconds(),
            ["exp"] = now.AddHours(1).ToUnixTimeSeconds(),
        };
        foreach (var (name, value) in extra)
        {
            claims[name] = value;
        }

        return claims;
    }

    public string Sign(JsonObject claims, JsonObject? header = null) => Keys[0].Sign(claims, header);

    public JsonObject DefaultDiscovery() => new()
    {
        ["issuer"] = Issuer,
        ["jwks_uri"] = JwksUri,
        ["id_token_signing_alg_values_supported"] = new JsonArray(Keys.Select(key => (JsonNode)key.Algorithm).Distinct().ToArray()),
        ["response_types_supported"] = new JsonArray("id_token"),
    };

    public string DefaultJwks() => new JsonObject { ["keys"] = new JsonArray(Keys.Select(key => (JsonNode)key.PublicJwk()).ToArray()) }.ToJsonString();

    private async Task HandleAsync(HttpContext context)
    {
        if (NameRequestedHost)
        {
            var prefix = context.Request.Path.Value!.EndsWith("/.well-known/openid-configuration", StringComparison.Ordinal)
                ? context.Request.Path.Value[..^"/.well-known/openid-configuration".Length]
                : context.Request.Path.Value[..^"/.keys".Length];
            var issuer = $"https://{context.Request.Host}{prefix}";
            var discovery = DefaultDiscovery();
            discovery["issuer"] = issuer;
            discovery["jwks_uri"] = issuer + "/.keys";
            await AnswerAsync(context, IssuerBehaviour.Normal,
                () => context.Request.Path.Value.EndsWith("/.keys", StringComparison.Ordinal) ? DefaultJwks() : discovery.ToJsonString());
            return;
        }

        var path = new Uri(Issuer).AbsolutePath.TrimEnd('/');
        if (context.Request.Path == path + "/.well-known/openid-configuration")
        {
            Interlocked.Increment(ref _discoveryRequests);
            await AnswerAsync(context, DiscoveryBehaviour, () => (Discovery ?? DefaultDiscovery()).ToJsonString());
        }
        else if (context.Request.Path == path + JwksPath)
        {
            Interlocked.Increment(ref _jwksRequests);
            await AnswerAsync(context, JwksBehaviour, () => JwksJson ?? DefaultJwks());
        }
        else
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }

    private static async Task AnswerAsync(HttpContext context, IssuerBehaviour behaviour, Func<string> body)
    {
        var aborted = context.RequestAborted;
        switch (behaviour)
        {
            case IssuerBehaviour.NotFound:
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            case IssuerBehaviour.Redirect:
                context.Response.Redirect("https://127.0.0.1:1/elsewhere");
                return;
            case IssuerBehaviour.Oversized:
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync("{\"keys\":[" + string.Join(",", Enumerable.Repeat("{\"kid\":\"padding\",\"kty\":\"oct\"}", 1000)) + "]}", aborted);
                return;
            case IssuerBehaviour.SlowEndless:
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync("{\"keys\":[", aborted);
                while (!aborted.IsCancellationRequested)
                {
                    await context.Response.WriteAsync(" ", aborted);
                    await context.Response.Body.FlushAsync(aborted);
                    await Task.Delay(100, aborted);
                }

                return;
            case IssuerBehaviour.NeverAnswers:
                await Task.Delay(Timeout.Infinite, aborted);
                return;
            default:
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(body(), aborted);
                return;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
