using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Forgejo.Web.Auth.IntegrationJwt.Fetching;

/// <summary>The three fields of <c>/.well-known/openid-configuration</c> that matter here; other fields are ignored.</summary>
[ImmutableObject(true)]
public sealed record DiscoveryDocument(
    [property: JsonPropertyName("issuer")] string? Issuer,
    [property: JsonPropertyName("jwks_uri")] string? JwksUri,
    [property: JsonPropertyName("id_token_signing_alg_values_supported")] IReadOnlyList<string>? SigningAlgorithms)
{
    public static DiscoveryDocument Parse(byte[] json)
    {
        try
        {
            return JsonSerializer.Deserialize<DiscoveryDocument>(json) ?? throw new JsonException("the document is null");
        }
        catch (JsonException ex)
        {
            throw new FetchDeniedException($"failed to decode (response body restricted to {AuthorizedIntegrationOptions.MaxDocumentBytes} bytes): {ex.Message}");
        }
    }
}
