using System.Net;

namespace Forgejo.Web.Auth.IntegrationJwt.Fetching;

/// <summary>Turns the host and port of a URL into the endpoints to try. Production resolves with DNS.</summary>
public interface IHostResolver
{
    Task<IReadOnlyList<IPEndPoint>> ResolveAsync(string host, int port, CancellationToken cancellationToken);
}

public sealed class DnsHostResolver : IHostResolver
{
    public async Task<IReadOnlyList<IPEndPoint>> ResolveAsync(string host, int port, CancellationToken cancellationToken)
    {
        if (IPAddress.TryParse(host.Trim('[', ']'), out var literal))
        {
            return [new IPEndPoint(literal, port)];
        }

        var addresses = await Dns.GetHostAddressesAsync(host, cancellationToken);
        return addresses.Select(address => new IPEndPoint(address, port)).ToList();
    }
}
