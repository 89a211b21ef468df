using System.Globalization;
using System.Text.Json;

namespace Forgejo.Web.Api;

/// <summary>Reads request bodies so that every client mistake is a 400 or 422 with a message, never a 500.</summary>
public static class ApiJson
{
    /// <summary>Request bodies larger than this are refused before they are parsed.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    /// <summary>Deep enough for claim rules nested to their limit (each <c>nest</c> level is three JSON levels).</summary>
    public const int MaxDepth = 128;

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = false,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Skip,
        // A member given twice is ambiguous (which value counts?); refuse it, as the JWT parser does.
        AllowDuplicateProperties = false,
        MaxDepth = MaxDepth,
    };

    public static async Task<(T? Value, IResult? Error)> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return (null, TooLarge());
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return (null, TooLarge());
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0)
        {
            return (null, ApiProblem.Result(StatusCodes.Status400BadRequest, "request body is empty: a JSON object is required"));
        }

        var bytes = buffer.ToArray();
        try
        {
            using var document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = MaxDepth, AllowDuplicateProperties = false });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, ApiProblem.Result(StatusCodes.Status400BadRequest, "request body must be a JSON object"));
            }
        }
        catch (JsonException ex)
        {
            return (null, ApiProblem.Result(StatusCodes.Status400BadRequest, $"invalid JSON: {ex.Message}"));
        }

        try
        {
            return (JsonSerializer.Deserialize<T>(bytes, Options), null);
        }
        catch (JsonException ex)
        {
            var field = ex.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : ex.Path ?? "$";
            return (null, ApiProblem.Result(StatusCodes.Status422UnprocessableEntity, $"invalid value for field \"{field}\": wrong JSON type"));
        }
    }

    /// <summary>A positive 64-bit id from a route segment, or a 400 naming the bad value.</summary>
    public static bool TryParseId(string raw, out long id, out IResult? error)
    {
        if (long.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out id) && id > 0)
        {
            error = null;
            return true;
        }

        error = ApiProblem.Result(StatusCodes.Status400BadRequest, $"invalid id \"{raw}\": must be a positive 64-bit integer");
        return false;
    }

    /// <summary>Forgejo writes times as RFC 3339 in UTC.</summary>
    public static string Time(long unix) =>
        DateTimeOffset.FromUnixTimeSeconds(unix).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static IResult TooLarge() =>
        ApiProblem.Result(StatusCodes.Status400BadRequest, $"request body too large: the limit is {MaxBodyBytes} bytes");
}
