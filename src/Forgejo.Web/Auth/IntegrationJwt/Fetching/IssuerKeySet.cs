using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.IdentityModel.Tokens;

namespace Forgejo.Web.Auth.IntegrationJwt.Fetching;

/// <summary>
/// A fetched JWKS. The JSON text is what a distributed cache would hold; the parsed keys are made once per instance,
/// and HybridCache hands the same instance to every request while it is cached.
/// </summary>
[ImmutableObject(true)]
public sealed class IssuerKeySet
{
    private IReadOnlyList<JsonWebKey>? _keys;

    [JsonConstructor]
    public IssuerKeySet(string json) => Json = json;

    public string Json { get; }

    [JsonIgnore]
    public IReadOnlyList<JsonWebKey> Keys => _keys ??= Parse(Json);

    public static IssuerKeySet FromBytes(byte[] body)
    {
        var set = new IssuerKeySet(System.Text.Encoding.UTF8.GetString(body));
        _ = set.Keys;
        return set;
    }

    private static List<JsonWebKey> Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            if (!document.RootElement.TryGetProperty("keys", out var keys) || keys.ValueKind != JsonValueKind.Array)
            {
                throw new FetchDeniedException("failed to decode JWKS: \"keys\" must be an array");
            }

            return keys.EnumerateArray().Select(key => key.ValueKind == JsonValueKind.Object
                    ? new JsonWebKey(key.GetRawText())
                    : throw new FetchDeniedException("failed to decode JWKS: every key must be an object"))
                .ToList();
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException)
        {
            throw new FetchDeniedException($"failed to decode (response body restricted to {AuthorizedIntegrationOptions.MaxDocumentBytes} bytes): {ex.Message}");
        }
    }
}
