using Forgejo.Domain.AuthorizedIntegrations;
using Forgejo.Domain.ClaimRules;
using Forgejo.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Forgejo.Persistence.Configurations;

internal sealed class AuthorizedIntegrationConfiguration : IEntityTypeConfiguration<AuthorizedIntegration>
{
    public void Configure(EntityTypeBuilder<AuthorizedIntegration> integration)
    {
        integration.ToTable("authorized_integration");
        integration.HasKey(i => i.Id);
        integration.Property(i => i.Name).HasMaxLength(255);
        integration.Property(i => i.Description).HasColumnType("text");
        integration.Property(i => i.Scope).HasMaxLength(255);
        integration.Property(i => i.Issuer).HasMaxLength(255);
        integration.Property(i => i.Audience).HasMaxLength(255);
        integration.Property(i => i.Ui).HasMaxLength(255).HasDefaultValue(AuthorizedIntegration.UiKinds.Generic);

        // The rules are a recursive tree, which Pomelo 9 cannot map as owned JSON; one JSON text column
        // behaves the same on every provider and is byte-for-byte what Forgejo stores.
        integration.Property(i => i.ClaimRules)
            .HasColumnType("text")
            .HasConversion(
                rules => ClaimRuleSetJson.Serialize(rules),
                json => ClaimRuleSetJson.Deserialize(json),
                new ValueComparer<ClaimRuleSet>(
                    (a, b) => ClaimRuleSetJson.Serialize(a!) == ClaimRuleSetJson.Serialize(b!),
                    rules => ClaimRuleSetJson.Serialize(rules).GetHashCode(StringComparison.Ordinal),
                    rules => ClaimRuleSetJson.Deserialize(ClaimRuleSetJson.Serialize(rules))));

        integration.HasIndex(i => new { i.Issuer, i.Audience }).IsUnique().HasDatabaseName("UQE_authorized_integration_s");
        integration.HasIndex(i => i.UserId).HasDatabaseName("IDX_authorized_integration_user_id");
        integration.HasOne<User>().WithMany().HasForeignKey(i => i.UserId).OnDelete(DeleteBehavior.Restrict);
        integration.HasMany(i => i.ResourceRepos).WithOne().HasForeignKey(r => r.IntegId).OnDelete(DeleteBehavior.Restrict);
        integration.Ignore(i => i.HasBeenUsed);
    }
}
