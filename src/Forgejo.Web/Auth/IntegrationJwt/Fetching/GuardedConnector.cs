using System.Net.Sockets;

namespace Forgejo.Web.Auth.IntegrationJwt.Fetching;

/// <summary>
/// The connect step of the fetch client: resolves the host, applies <see cref="FetchPolicy"/> to every address, and
/// connects only to an allowed one. The address checked is the address connected to.
/// </summary>
public sealed class GuardedConnector(IHostResolver resolver, FetchPolicy policy)
{
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var endpoints = await resolver.ResolveAsync(host, context.DnsEndPoint.Port, cancellationToken);
        string? denial = null;
        foreach (var endpoint in endpoints)
        {
            if (policy.Deny(host, endpoint.Address) is { } reason)
            {
                denial ??= reason;
                continue;
            }

            var socket = new Socket(endpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(endpoint, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        throw new FetchDeniedException(denial ?? $"no address found for host \"{host}\"");
    }
}
