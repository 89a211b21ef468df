namespace Forgejo.Web.Auth.IntegrationJwt.Fetching;

public enum AddressClass
{
    /// <summary>A globally routable unicast address.</summary>
    Public,

    /// <summary>127.0.0.0/8 and ::1.</summary>
    Loopback,

    /// <summary>RFC 1918 and unique-local fc00::/7.</summary>
    Private,

    /// <summary>Everything else that is not public: unspecified, link-local (cloud metadata), multicast, broadcast,
    /// shared (CGNAT), documentation, benchmarking, reserved, and IPv6 transition prefixes that embed IPv4.</summary>
    SpecialPurpose,
}
