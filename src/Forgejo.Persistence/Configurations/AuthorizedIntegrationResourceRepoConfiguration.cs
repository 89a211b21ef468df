using Forgejo.Domain.AuthorizedIntegrations;
using Forgejo.Domain.Repositories;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Forgejo.Persistence.Configurations;

internal sealed class AuthorizedIntegrationResourceRepoConfiguration : IEntityTypeConfiguration<AuthorizedIntegrationResourceRepo>
{
    public void Configure(EntityTypeBuilder<AuthorizedIntegrationResourceRepo> resource)
    {
        // Shortened on purpose, as Forgejo does: MySQL's identifier limit is hit by table-rebuild names otherwise.
        resource.ToTable("authorized_integ_resource_repo");
        resource.HasKey(r => r.Id);
        resource.HasIndex(r => r.IntegId).HasDatabaseName("IDX_authorized_integ_resource_repo_integ_id");
        resource.HasIndex(r => r.RepoId).HasDatabaseName("IDX_authorized_integ_resource_repo_repo_id");
        resource.HasOne<Repository>().WithMany().HasForeignKey(r => r.RepoId).OnDelete(DeleteBehavior.Restrict);
    }
}
