using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Forgejo.Persistence;
using Forgejo.Tests.Infrastructure;
using Forgejo.Tests.Infrastructure.Issuer;

namespace Forgejo.Tests.IntegrationAuth;

/// <summary>
/// An issuer nobody here wrote: the npm package oauth2-mock-server (<c>examples/mock-issuer</c>) on loopback with TLS,
/// minting tokens through its own token endpoint, which the server accepts, and refuses when a claim is wrong.
/// </summary>
public sealed class ThirdPartyIssuerTests
{
    public static TheoryData<DatabaseProvider> Cases()
    {
        var data = new TheoryData<DatabaseProvider>();
        if (DatabaseServers.IsCi || MockIssuerProcess.NodeAvailable)
        {
            data.Add(DatabaseProvider.Sqlite);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Tokens_from_oauth2_mock_server_are_accepted_and_a_wrong_claim_is_refused(DatabaseProvider provider)
    {
        var ca = await SharedIssuer.CaAsync();
        await using var issuer = await MockIssuerProcess.StartAsync(ca);
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var server = await RunningServer.StartAsync(database);
        var owner = await server.CreateUserAsync("mockuser");
        var pat = await server.CreateTokenAsync(owner.Id, "write:user");

        var creation = await server.SendAsync(HttpMethod.Post, "/api/v1/user/authorized-integrations", pat, $$$"""
            {"name":"mock","issuer":"{{{issuer.Url}}}","scope":"read:user",
             "claim_rules":{"rules":[{"claim":"sub","compare":"eq","value":"repo:acme/app:ref:refs/heads/main"}]}}
            """);
        Assert.True(creation.StatusCode == HttpStatusCode.Created, await creation.Content.ReadAsStringAsync());
        var audience = (await creation.JsonAsync()).GetProperty("audience").GetString()!;

        var accepted = await server.SendAsync(HttpMethod.Get, "/api/v1/user",
            await issuer.TokenAsync(audience, "repo:acme/app:ref:refs/heads/main"), scheme: "Bearer");
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal("mockuser", (await accepted.JsonAsync()).GetProperty("login").GetString());

        var refused = await server.SendAsync(HttpMethod.Get, "/api/v1/user",
            await issuer.TokenAsync(audience, "repo:acme/fork:ref:refs/heads/main"), scheme: "Bearer");
        await IntegrationWorld.AssertRejectedAsync(refused,
            "claim mismatch: claim \"sub\" must be \"repo:acme/app:ref:refs/heads/main\", but was \"repo:acme/fork:ref:refs/heads/main\"");
    }

    /// <summary>The Node.js process serving <c>examples/mock-issuer/issuer.mjs</c>.</summary>
    private sealed class MockIssuerProcess : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly HttpClient _client;

        private MockIssuerProcess(Process process, string url, HttpClient client)
        {
            _process = process;
            Url = url;
            _client = client;
        }

        public string Url { get; }

        public static bool NodeAvailable => (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator).Any(directory => File.Exists(Path.Combine(directory, "node")));

        public static async Task<MockIssuerProcess> StartAsync(TestCertificateAuthority ca)
        {
            var folder = Path.Combine(RepositoryRoot(), "examples", "mock-issuer");
            if (!Directory.Exists(Path.Combine(folder, "node_modules", "oauth2-mock-server")))
            {
                await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], folder);
            }

            var (certificate, key) = ca.WriteServerPem("127.0.0.1");
            var start = new ProcessStartInfo("node") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { "issuer.mjs", "--cert", certificate, "--key", key })
            {
                start.ArgumentList.Add(argument);
            }

            var process = Process.Start(start)!;
            var url = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30))
                ?? throw new InvalidOperationException("oauth2-mock-server did not start: " + await process.StandardError.ReadToEndAsync());
            // The test's client trusts the test CA only, as the server does through TrustedCaFile.
            var handler = new SocketsHttpHandler();
            handler.SslOptions.CertificateChainPolicy = new System.Security.Cryptography.X509Certificates.X509ChainPolicy
            {
                TrustMode = System.Security.Cryptography.X509Certificates.X509ChainTrustMode.CustomRootTrust,
                RevocationMode = System.Security.Cryptography.X509Certificates.X509RevocationMode.NoCheck,
                CustomTrustStore = { System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadCertificateFromFile(ca.CaFile) },
            };
            return new MockIssuerProcess(process, url.Trim(), new HttpClient(handler));
        }

        /// <summary>A token from the issuer's own token endpoint.</summary>
        public async Task<string> TokenAsync(string audience, string subject)
        {
            var response = await _client.PostAsync(Url + "/token", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["aud"] = audience,
                ["claim_sub"] = subject,
            }));
            response.EnsureSuccessStatusCode();
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            return body.RootElement.GetProperty("access_token").GetString()!;
        }

        public async ValueTask DisposeAsync()
        {
            _client.Dispose();
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
            _process.Dispose();
        }

        private static string RepositoryRoot()
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Forgejo.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("Forgejo.sln not found above the test output folder");
        }

        private static async Task RunAsync(string program, string[] arguments, string folder)
        {
            var start = new ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed in examples/mock-issuer: {await error}");
            }
        }
    }
}
