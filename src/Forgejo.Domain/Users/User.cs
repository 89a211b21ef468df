namespace Forgejo.Domain.Users;

/// <summary>A Forgejo account, modelled on Forgejo's <c>user</c> table (only the columns this product uses).</summary>
public class User
{
    public long Id { get; set; }

    /// <summary>Lower-cased <see cref="Name"/>; Forgejo looks users up and enforces uniqueness through it.</summary>
    public string LowerName { get; set; } = "";

    public string Name { get; set; } = "";
    public string FullName { get; set; } = "";
    public string Email { get; set; } = "";

    /// <summary>Password hash; empty for accounts that only authenticate with tokens.</summary>
    public string Passwd { get; set; } = "";

    public string PasswdHashAlgo { get; set; } = "";
    public string Salt { get; set; } = "";
    public bool IsAdmin { get; set; }
    public bool IsActive { get; set; } = true;
    public bool ProhibitLogin { get; set; }
    public bool MustChangePassword { get; set; }
    public long CreatedUnix { get; set; }
    public long UpdatedUnix { get; set; }
}
