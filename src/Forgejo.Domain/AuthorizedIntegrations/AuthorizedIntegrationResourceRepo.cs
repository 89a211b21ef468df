namespace Forgejo.Domain.AuthorizedIntegrations;

/// <summary>A repository an integration may use when its <c>ResourceAllRepos</c> is false.</summary>
public class AuthorizedIntegrationResourceRepo
{
    public long Id { get; set; }
    public long IntegId { get; set; }
    public long RepoId { get; set; }
    public long CreatedUnix { get; set; }
}
