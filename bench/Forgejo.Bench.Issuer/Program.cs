using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Forgejo.Tests.Infrastructure.Issuer;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

// Two commands (bench/e2e/run.sh drives both; docs/benchmarks.md):
//   serve --state DIR    a loopback HTTPS OIDC issuer for any path prefix; writes DIR/issuer.url, DIR/ca.pem and
//                        DIR/jwk.json (the public key, for the baseline), then serves until stopped. Control routes under
//                        /_bench/: mint tokens, count fetches per issuer, rotate an issuer's key.
//   fire --url URL --tokens FILE [--warm URL]
//                        sends one GET per token in FILE, all at once on pre-opened connections, and prints a JSON
//                        summary (status counts, latency percentiles in ms).
return args.FirstOrDefault() switch
{
    "serve" => await Serve(Option(args, "--state") ?? throw new ArgumentException("--state DIR is required")),
    "fire" => await Fire(Option(args, "--url")!, Option(args, "--tokens")!, Option(args, "--warm")),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Forgejo.Bench.Issuer serve --state DIR | fire --url URL --tokens FILE [--warm URL]");
    return 2;
}

static string? Option(string[] args, string name)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}

static async Task<int> Serve(string state)
{
    Directory.CreateDirectory(state);
    using var ca = new TestCertificateAuthority();
    var certificate = ca.IssueServerCertificate("127.0.0.1");
    var builder = WebApplication.CreateSlimBuilder();
    builder.Logging.ClearProviders();
    builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
    var app = builder.Build();
    var issuers = new IssuerState();
    app.Run(context => issuers.HandleAsync(context));
    await app.StartAsync();
    var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
    issuers.BaseUrl = $"https://127.0.0.1:{address.Port}";
    File.Copy(ca.CaFile, Path.Combine(state, "ca.pem"), overwrite: true);
    await File.WriteAllTextAsync(Path.Combine(state, "jwk.json"), issuers.DefaultKey.PublicJwk().ToJsonString());
    await File.WriteAllTextAsync(Path.Combine(state, "issuer.url"), issuers.BaseUrl);
    Console.WriteLine($"issuer listening on {issuers.BaseUrl}");
    await app.WaitForShutdownAsync();
    return 0;
}

static async Task<int> Fire(string url, string tokensFile, string? warmUrl)
{
    var tokens = await File.ReadAllLinesAsync(tokensFile);
    tokens = tokens.Where(t => t.Length > 0).ToArray();
    using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = tokens.Length, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
    using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(60) };
    // Open one connection per request first, so the measured burst is not connection setup.
    await Task.WhenAll(tokens.Select(_ => client.GetAsync(warmUrl ?? url)));
    using var start = new ManualResetEventSlim();
    var timings = new double[tokens.Length];
    var statuses = new int[tokens.Length];
    var tasks = tokens.Select((token, i) => Task.Run(async () =>
    {
        start.Wait();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + token);
        var watch = Stopwatch.StartNew();
        using var response = await client.SendAsync(request);
        await response.Content.ReadAsByteArrayAsync();
        timings[i] = watch.Elapsed.TotalMilliseconds;
        statuses[i] = (int)response.StatusCode;
    })).ToArray();
    await Task.Delay(200);
    var total = Stopwatch.StartNew();
    start.Set();
    await Task.WhenAll(tasks);
    Array.Sort(timings);
    double Percentile(double p) => timings[Math.Min(timings.Length - 1, (int)Math.Ceiling(p * timings.Length) - 1)];
    var summary = new JsonObject
    {
        ["requests"] = tokens.Length,
        ["statuses"] = new JsonObject(statuses.GroupBy(s => s).Select(g => KeyValuePair.Create(g.Key.ToString(CultureInfo.InvariantCulture), (JsonNode?)g.Count()))),
        ["wall_ms"] = Math.Round(total.Elapsed.TotalMilliseconds, 1),
        ["min_ms"] = Math.Round(timings[0], 1),
        ["p50_ms"] = Math.Round(Percentile(0.50), 1),
        ["p99_ms"] = Math.Round(Percentile(0.99), 1),
        ["max_ms"] = Math.Round(timings[^1], 1),
    };
    Console.WriteLine(summary.ToJsonString());
    return statuses.All(s => s == 200) ? 0 : 1;
}

/// <summary>Issuers under any path prefix of one loopback origin; each prefix has its own fetch counters and keys.</summary>
internal sealed class IssuerState
{
    private const string DiscoverySuffix = "/.well-known/openid-configuration";
    private const string KeysSuffix = "/.keys";
    private readonly ConcurrentDictionary<string, Counters> _counters = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, List<SigningKey>> _rotated = new(StringComparer.Ordinal);

    public string BaseUrl { get; set; } = "";

    /// <summary>Signs for every issuer whose key was not rotated; published to the baseline as its static key.</summary>
    public SigningKey DefaultKey { get; } = SigningKey.Create("RS256", "bench-rs256");

    private sealed class Counters
    {
        public int Discovery;
        public int Jwks;
    }

    private List<SigningKey> Keys(string prefix) => _rotated.TryGetValue(prefix, out var keys) ? keys : [DefaultKey];

    private Counters For(string prefix) => _counters.GetOrAdd(prefix, _ => new Counters());

    public async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        if (path.StartsWith("/_bench/", StringComparison.Ordinal))
        {
            await ControlAsync(context, path["/_bench/".Length..]);
            return;
        }

        context.Response.ContentType = "application/json";
        if (path.EndsWith(DiscoverySuffix, StringComparison.Ordinal))
        {
            var prefix = path[..^DiscoverySuffix.Length];
            Interlocked.Increment(ref For(prefix).Discovery);
            var document = new JsonObject
            {
                ["issuer"] = BaseUrl + prefix,
                ["jwks_uri"] = BaseUrl + prefix + KeysSuffix,
                ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
                ["response_types_supported"] = new JsonArray("id_token"),
            };
            await context.Response.WriteAsync(document.ToJsonString());
        }
        else if (path.EndsWith(KeysSuffix, StringComparison.Ordinal))
        {
            var prefix = path[..^KeysSuffix.Length];
            Interlocked.Increment(ref For(prefix).Jwks);
            var keys = new JsonObject { ["keys"] = new JsonArray(Keys(prefix).Select(key => (JsonNode)key.PublicJwk()).ToArray()) };
            await context.Response.WriteAsync(keys.ToJsonString());
        }
        else
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }

    private async Task ControlAsync(HttpContext context, string command)
    {
        var prefix = context.Request.Query["iss"].ToString();
        switch (command)
        {
            case "stats":
                var counters = For(prefix);
                await context.Response.WriteAsync($"{{\"discovery\":{Volatile.Read(ref counters.Discovery)},\"jwks\":{Volatile.Read(ref counters.Jwks)}}}");
                return;
            case "rotate":
                var key = SigningKey.Create("RS256");
                _rotated[prefix] = [key, .. Keys(prefix)];
                await context.Response.WriteAsync(key.KeyId);
                return;
            case "mint":
                // Body: audiences, one a line. Answer: `count` tokens, one a line, cycling through the audiences.
                var count = int.Parse(context.Request.Query["count"].ToString(), CultureInfo.InvariantCulture);
                using (var reader = new StreamReader(context.Request.Body))
                {
                    var audiences = (await reader.ReadToEndAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    var signer = Keys(prefix)[0];
                    var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
                    var lines = Enumerable.Range(0, count).Select(i => signer.Sign(new JsonObject
                    {
                        ["iss"] = BaseUrl + prefix,
                        ["aud"] = audiences[i % audiences.Length],
                        ["sub"] = $"repo:bench/app-{i % 97}:ref:refs/heads/main",
                        ["repository"] = $"bench/app-{i % 97}",
                        ["ref"] = "refs/heads/main",
                        ["jti"] = Guid.NewGuid().ToString("N"),
                        ["iat"] = now - 5,
                        ["nbf"] = now - 5,
                        ["exp"] = now + 3 * 3600,
                    }));
                    context.Response.ContentType = "text/plain";
                    await context.Response.WriteAsync(string.Join('\n', lines) + "\n");
                }

                return;
            default:
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
        }
    }
}
