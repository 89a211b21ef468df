namespace Forgejo.Domain.Repositories;

/// <summary>A repository, modelled on Forgejo's <c>repository</c> table (only the columns this product uses).</summary>
public class Repository
{
    public long Id { get; set; }
    public long OwnerId { get; set; }
    public string OwnerName { get; set; } = "";

    /// <summary>Lower-cased <see cref="Name"/>; unique per owner.</summary>
    public string LowerName { get; set; } = "";

    public string Name { get; set; } = "";
    public string Description { get; set; } = "";
    public bool IsPrivate { get; set; }
    public long CreatedUnix { get; set; }
    public long UpdatedUnix { get; set; }
}
