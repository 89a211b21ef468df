using System.Net;
using System.Net.Sockets;

namespace Forgejo.Web.Auth.IntegrationJwt.Fetching;

/// <summary>Classifies the address a fetch is about to connect to (IANA special-purpose registries, IPv4 and IPv6).</summary>
public static class AddressClassifier
{
    private static readonly (IPNetwork Network, AddressClass Class)[] Ranges =
    [
        (IPNetwork.Parse("127.0.0.0/8"), AddressClass.Loopback),
        (IPNetwork.Parse("::1/128"), AddressClass.Loopback),
        (IPNetwork.Parse("10.0.0.0/8"), AddressClass.Private),
        (IPNetwork.Parse("172.16.0.0/12"), AddressClass.Private),
        (IPNetwork.Parse("192.168.0.0/16"), AddressClass.Private),
        (IPNetwork.Parse("fc00::/7"), AddressClass.Private),
        (IPNetwork.Parse("0.0.0.0/8"), AddressClass.SpecialPurpose),
        (IPNetwork.Parse("100.64.0.0/10"), AddressClass.SpecialPurpose),
        (IPNetwork.Parse("169.254.0.0/16"), AddressClass.SpecialPurpose),
        (IPNetwork.Parse("192.0.0.0/24"), AddressClass.SpecialPurpose),
        (IPNetwork.Parse("192.0.2.0/24"), AddressClass.SpecialPurpose),
        (IPNetwork.Parse("192.88.99.0/24"), AddressClass.SpecialPurpose),
        (IPNetwork.Parse("198.18.0.0/15"), AddressClass.SpecialPurpose),
        (IPNetwork.Parse("198.51.100.0/24"), AddressClass.SpecialPurpose),
        (IPNetwork.Parse("203.0.113.0/24"), AddressClass.SpecialPurpose),
        (IPNetwork.Parse("224.0.0.0/4"), AddressClass.SpecialPurpose),
        (IPNetwork.Parse("240.0.0.0/4"), AddressClass.SpecialPurpose),
        (IPNetwork.Parse("::/128"), AddressClass.SpecialPurpose),
        (IPNetwork.Parse("::/96"), AddressClass.SpecialPurpose),
        (IPNetwork.Parse("64:ff9b::/96"), AddressClass.SpecialPurpose),
        (IPNetwork.Parse("64:ff9b:1::/48"), AddressClass.SpecialPurpose),
        (IPNetwork.Parse("100::/64"), AddressClass.SpecialPurpose),
        (IPNetwork.Parse("2001::/23"), AddressClass.SpecialPurpose),
        (IPNetwork.Parse("2001:db8::/32"), AddressClass.SpecialPurpose),
        (IPNetwork.Parse("2002::/16"), AddressClass.SpecialPurpose),
        (IPNetwork.Parse("3fff::/20"), AddressClass.SpecialPurpose),
        (IPNetwork.Parse("fe80::/10"), AddressClass.SpecialPurpose),
        (IPNetwork.Parse("fec0::/10"), AddressClass.SpecialPurpose),
        (IPNetwork.Parse("ff00::/8"), AddressClass.SpecialPurpose),
    ];

    public static AddressClass Classify(IPAddress address)
    {
        // ::ffff:a.b.c.d reaches the IPv4 host a.b.c.d, so it is what that host is.
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily is not (AddressFamily.InterNetwork or AddressFamily.InterNetworkV6))
        {
            return AddressClass.SpecialPurpose;
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6 && address.ScopeId != 0)
        {
            address = new IPAddress(address.GetAddressBytes());
        }

        foreach (var (network, addressClass) in Ranges)
        {
            if (network.Contains(address))
            {
                return addressClass;
            }
        }

        return address.Equals(IPAddress.Broadcast) ? AddressClass.SpecialPurpose : AddressClass.Public;
    }
}
