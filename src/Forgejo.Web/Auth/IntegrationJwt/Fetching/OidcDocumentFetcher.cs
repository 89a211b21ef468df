using System.Net;
using Microsoft.Extensions.Options;

namespace Forgejo.Web.Auth.IntegrationJwt.Fetching;

/// <summary>
/// GETs a discovery document or key set under Forgejo's rules: https only, no redirects, exactly 200, at most
/// 16 KiB read (the cap is enforced while reading), and one timeout for the whole exchange including the body.
/// </summary>
public sealed class OidcDocumentFetcher(IHttpClientFactory clients, IOptions<AuthorizedIntegrationOptions> options)
{
    public const string HttpClientName = "AuthorizedIntegration";

    public async Task<byte[]> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        if (!url.IsAbsoluteUri || url.Scheme != Uri.UriSchemeHttps)
        {
            throw new FetchDeniedException($"unsupported URL scheme: \"{url}\"");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.RequestTimeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Accept.ParseAdd("application/json");
            using var response = await clients.CreateClient(HttpClientName)
                .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            if ((int)response.StatusCode is >= 300 and < 400)
            {
                throw new FetchDeniedException("authorized integration: HTTP redirects are disabled");
            }

            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new FetchDeniedException($"non-OK response code: {(int)response.StatusCode} {response.ReasonPhrase}");
            }

            await using var body = await response.Content.ReadAsStreamAsync(timeout.Token);
            return await ReadCappedAsync(body, timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new FetchDeniedException($"no complete response within {options.Value.RequestTimeout.TotalSeconds:0.###} s");
        }
        catch (HttpRequestException ex)
        {
            throw new FetchDeniedException(ex.InnerException is FetchDeniedException denied ? denied.Message : ex.Message, ex);
        }
    }

    private static async Task<byte[]> ReadCappedAsync(Stream body, CancellationToken cancellationToken)
    {
        const int cap = AuthorizedIntegrationOptions.MaxDocumentBytes;
        var buffer = new byte[cap + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await body.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
        {
            length += read;
        }

        if (length > cap)
        {
            throw new FetchDeniedException($"failed to decode (response body restricted to {cap} bytes): the document is larger");
        }

        return buffer[..length];
    }
}
