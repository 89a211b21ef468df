using Forgejo.Domain.AccessTokens;
using Forgejo.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Forgejo.Persistence.Configurations;

internal sealed class AccessTokenConfiguration : IEntityTypeConfiguration<AccessToken>
{
    public void Configure(EntityTypeBuilder<AccessToken> token)
    {
        token.ToTable("access_token");
        token.HasKey(t => t.Id);
        token.Property(t => t.Name).HasMaxLength(255);
        token.Property(t => t.TokenHash).HasMaxLength(255);
        token.Property(t => t.TokenSalt).HasMaxLength(255);
        token.Property(t => t.TokenLastEight).HasMaxLength(255);
        token.Property(t => t.Scope).HasMaxLength(255);
        token.HasIndex(t => t.TokenHash).IsUnique().HasDatabaseName("UQE_access_token_token_hash");
        token.HasIndex(t => t.TokenLastEight).HasDatabaseName("IDX_access_token_token_last_eight");
        token.HasIndex(t => t.Uid).HasDatabaseName("IDX_access_token_uid");
        token.HasOne<User>().WithMany().HasForeignKey(t => t.Uid).OnDelete(DeleteBehavior.Cascade);
    }
}
