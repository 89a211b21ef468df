namespace Forgejo.Domain.AccessTokens;

/// <summary>A personal access token, stored as Forgejo stores it: only a salted hash and the last eight characters.</summary>
public class AccessToken
{
    public long Id { get; set; }

    /// <summary>Owner (<c>uid</c> in Forgejo's table).</summary>
    public long Uid { get; set; }

    public string Name { get; set; } = "";
    public string TokenHash { get; set; } = "";
    public string TokenSalt { get; set; } = "";

    /// <summary>Indexed, so a presented token is found without scanning the table.</summary>
    public string TokenLastEight { get; set; } = "";

    public string Scope { get; set; } = "";
    public long CreatedUnix { get; set; }
    public long UpdatedUnix { get; set; }
}
