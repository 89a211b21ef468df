using System.Net;
using Forgejo.Web.Auth.IntegrationJwt.Fetching;

namespace Forgejo.Tests.Infrastructure.Issuer;

/// <summary>
/// One CA and one name-echoing issuer for the whole test run. Servers started by <see cref="RunningServer"/> trust the CA
/// and resolve the names below to this issuer, so tests may register integrations for issuers such as
/// <c>https://ci.example.com</c> and the live issuer check passes for real, over loopback HTTPS.
/// </summary>
public static class SharedIssuer
{
    public static readonly string[] Names = ["*.example.com", "a.example", "*.example.org"];

    private static readonly Lazy<Task<(TestCertificateAuthority Ca, TestIssuer Issuer)>> Instance = new(async () =>
    {
        var ca = new TestCertificateAuthority();
        var issuer = await TestIssuer.StartAsync(ca, "/", "127.0.0.1", ["RS256"], Names);
        issuer.NameRequestedHost = true;
        return (ca, issuer);
    });

    public static async Task<TestCertificateAuthority> CaAsync() => (await Instance.Value).Ca;

    public static async Task<TestIssuer> IssuerAsync() => (await Instance.Value).Issuer;

    /// <summary>Resolves every name to the shared issuer on loopback; IP literals stay as they are.</summary>
    public sealed class Resolver(int port) : IHostResolver
    {
        public Task<IReadOnlyList<IPEndPoint>> ResolveAsync(string host, int requestedPort, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<IPEndPoint>>(IPAddress.TryParse(host.Trim('[', ']'), out var literal)
                ? [new IPEndPoint(literal, requestedPort)]
                : [new IPEndPoint(IPAddress.Loopback, port)]);
    }
}
