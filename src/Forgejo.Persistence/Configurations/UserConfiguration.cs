using Forgejo.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Forgejo.Persistence.Configurations;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> user)
    {
        user.ToTable("user");
        user.HasKey(u => u.Id);
        user.Property(u => u.LowerName).HasMaxLength(255);
        user.Property(u => u.Name).HasMaxLength(255);
        user.Property(u => u.FullName).HasMaxLength(255);
        user.Property(u => u.Email).HasMaxLength(255);
        user.Property(u => u.Passwd).HasMaxLength(255);
        user.Property(u => u.PasswdHashAlgo).HasMaxLength(255);
        user.Property(u => u.Salt).HasMaxLength(32);
        user.HasIndex(u => u.LowerName).IsUnique().HasDatabaseName("UQE_user_lower_name");
        user.HasIndex(u => u.Name).IsUnique().HasDatabaseName("UQE_user_name");
    }
}
