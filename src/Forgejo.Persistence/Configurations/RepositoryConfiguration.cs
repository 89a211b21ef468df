using Forgejo.Domain.Repositories;
using Forgejo.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Forgejo.Persistence.Configurations;

internal sealed class RepositoryConfiguration : IEntityTypeConfiguration<Repository>
{
    public void Configure(EntityTypeBuilder<Repository> repository)
    {
        repository.ToTable("repository");
        repository.HasKey(r => r.Id);
        repository.Property(r => r.OwnerName).HasMaxLength(255);
        repository.Property(r => r.LowerName).HasMaxLength(255);
        repository.Property(r => r.Name).HasMaxLength(255);
        repository.Property(r => r.Description).HasColumnType("text");
        repository.HasIndex(r => new { r.OwnerId, r.LowerName }).IsUnique().HasDatabaseName("UQE_repository_s");
        repository.HasOne<User>().WithMany().HasForeignKey(r => r.OwnerId).OnDelete(DeleteBehavior.Restrict);
    }
}
