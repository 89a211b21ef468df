using System.Net;
using Microsoft.Extensions.Options;

namespace Forgejo.Web.Auth.IntegrationJwt.Fetching;

/// <summary>
/// Decides, for the address a fetch is about to connect to, whether it may: Forgejo's allow/block rules, made at
/// connect time on the resolved address so DNS rebinding cannot slip past.
/// </summary>
public sealed class FetchPolicy
{
    private readonly IReadOnlyList<HostPattern> _allowed;
    private readonly IReadOnlyList<HostPattern> _blocked;
    private readonly bool _allowLocalNetworks;

    public FetchPolicy(IOptions<AuthorizedIntegrationOptions> options)
    {
        _allowed = HostPattern.ParseList(options.Value.AllowedDomains);
        _blocked = HostPattern.ParseList(options.Value.BlockedDomains);
        _allowLocalNetworks = options.Value.AllowLocalNetworks;
    }

    /// <summary>Null when the connection may be made; otherwise why not.</summary>
    public string? Deny(string host, IPAddress address)
    {
        host = host.TrimEnd('.').ToLowerInvariant();
        var addressText = (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString();
        var target = $"'{host}({addressText})'";
        if (!IsAllowed(host, addressText, address))
        {
            return $"authorized integration can only call allowed HTTP servers (check AuthorizedIntegration:AllowedDomains and AllowLocalNetworks), deny {target}";
        }

        if (_blocked.Any(pattern => pattern.IsMatch(host) || pattern.IsMatch(addressText)))
        {
            return $"authorized integration can not call blocked HTTP servers (check AuthorizedIntegration:BlockedDomains), deny {target}";
        }

        return null;
    }

    private bool IsAllowed(string host, string addressText, IPAddress address)
    {
        var addressClass = AddressClassifier.Classify(address);
        if (_allowLocalNetworks && addressClass is AddressClass.Private or AddressClass.Loopback)
        {
            return true;
        }

        return _allowed.Count == 0
            ? addressClass == AddressClass.Public
            : _allowed.Any(pattern => pattern.IsMatch(host) || pattern.IsMatch(addressText));
    }
}
