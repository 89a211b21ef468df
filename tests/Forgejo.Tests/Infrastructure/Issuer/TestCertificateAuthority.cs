using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Forgejo.Tests.Infrastructure.Issuer;

/// <summary>
/// A throwaway CA for the loopback issuers. The server trusts it only through <c>AuthorizedIntegration:TrustedCaFile</c>,
/// exactly as an operator would trust a private CA.
/// </summary>
public sealed class TestCertificateAuthority : IDisposable
{
    private readonly X509Certificate2 _root;
    private readonly string _directory;

    public TestCertificateAuthority()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=Forgejo test CA", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        _root = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        _directory = Directory.CreateTempSubdirectory("forgejo-test-ca-").FullName;
        CaFile = Path.Combine(_directory, "ca.pem");
        File.WriteAllText(CaFile, _root.ExportCertificatePem());
    }

    /// <summary>PEM file holding the CA certificate.</summary>
    public string CaFile { get; }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, X509Certificate2> _issued = new();

    /// <summary>A server certificate for the given names (and 127.0.0.1), signed by this CA; issued once per set of names.</summary>
    public X509Certificate2 IssueServerCertificate(params string[] dnsNames) =>
        _issued.GetOrAdd(string.Join(',', dnsNames), _ => CreateServerCertificate(dnsNames));

    private X509Certificate2 CreateServerCertificate(string[] dnsNames)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={dnsNames.FirstOrDefault() ?? "127.0.0.1"}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        foreach (var name in dnsNames)
        {
            names.AddDnsName(name);
        }

        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        var serial = RandomNumberGenerator.GetBytes(16);
        using var certificate = request.Create(_root, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7), serial);
        using var withKey = certificate.CopyWithPrivateKey(key);
        // Kestrel on Linux needs an exportable key it can load; a PFX round trip gives one.
        return X509CertificateLoader.LoadPkcs12(withKey.Export(X509ContentType.Pfx), null);
    }

    /// <summary>Writes a server certificate and its private key as PEM files, for a TLS server that is not .NET.</summary>
    public (string CertificateFile, string KeyFile) WriteServerPem(params string[] dnsNames)
    {
        var certificate = IssueServerCertificate(dnsNames);
        var stem = Path.Combine(_directory, Guid.NewGuid().ToString("N"));
        File.WriteAllText(stem + ".pem", certificate.ExportCertificatePem());
        using var key = certificate.GetRSAPrivateKey()!;
        File.WriteAllText(stem + "-key.pem", key.ExportPkcs8PrivateKeyPem());
        return (stem + ".pem", stem + "-key.pem");
    }

    public void Dispose()
    {
        foreach (var certificate in _issued.Values)
        {
            certificate.Dispose();
        }

        _root.Dispose();
        Directory.Delete(_directory, recursive: true);
    }
}
