using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace Forgejo.Web.Auth.IntegrationJwt.Fetching;

/// <summary>
/// Full TLS verification against the system roots and, when <c>TrustedCaFile</c> is set, against those CAs as well,
/// so a private issuer needs no "skip verification" switch.
/// </summary>
public sealed class TrustedCertificates
{
    private readonly X509Certificate2Collection _extraRoots;

    public TrustedCertificates(string? trustedCaFile)
    {
        _extraRoots = new X509Certificate2Collection();
        if (!string.IsNullOrWhiteSpace(trustedCaFile))
        {
            _extraRoots.ImportFromPemFile(trustedCaFile);
            if (_extraRoots.Count == 0)
            {
                throw new InvalidOperationException("it holds no PEM certificate");
            }
        }
    }

    public bool Validate(X509Certificate? certificate, X509Chain? systemChain, SslPolicyErrors errors)
    {
        if (errors == SslPolicyErrors.None)
        {
            return true;
        }

        // Only an untrusted chain can be rescued by the extra roots; a wrong name or a missing certificate cannot.
        if (errors != SslPolicyErrors.RemoteCertificateChainErrors || _extraRoots.Count == 0 || certificate is null)
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(_extraRoots);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        if (systemChain is not null)
        {
            foreach (var element in systemChain.ChainElements.Skip(1))
            {
                chain.ChainPolicy.ExtraStore.Add(element.Certificate);
            }
        }

        return chain.Build(certificate as X509Certificate2 ?? X509CertificateLoader.LoadCertificate(certificate.GetRawCertData()));
    }
}
