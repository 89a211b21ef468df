using System.Text.Json;

namespace Forgejo.Web.Auth.IntegrationJwt.Tokens;

/// <summary>The one audience of a token: a string, or an array holding exactly one non-empty string.</summary>
public static class AudienceReader
{
    public static bool TryReadSingle(JsonElement claims, out string audience, out string error)
    {
        audience = "";
        error = "";
        var count = 0;
        if (claims.TryGetProperty("aud", out var aud))
        {
            switch (aud.ValueKind)
            {
                case JsonValueKind.Null:
                    break;
                case JsonValueKind.String:
                    audience = aud.GetString()!;
                    count = 1;
                    break;
                case JsonValueKind.Array:
                    foreach (var item in aud.EnumerateArray())
                    {
                        if (item.ValueKind != JsonValueKind.String)
                        {
                            error = "token is malformed: invalid type for claim `aud`";
                            return false;
                        }

                        audience = item.GetString()!;
                        count++;
                    }

                    break;
                default:
                    error = "token is malformed: invalid type for claim `aud`";
                    return false;
            }
        }

        if (count != 1)
        {
            error = $"required one and only one `aud` claim, but received {count}";
            return false;
        }

        if (audience.Length == 0)
        {
            error = "invalid `aud` claim: \"\"";
            return false;
        }

        return true;
    }
}
