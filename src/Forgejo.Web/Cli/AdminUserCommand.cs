using System.CommandLine;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Forgejo.Domain.ClaimRules;
using Forgejo.Domain.Time;
using Forgejo.Domain.Users;
using Forgejo.Persistence;
using Forgejo.Web.Auth;
using Forgejo.Web.AuthorizedIntegrations;
using Microsoft.EntityFrameworkCore;

namespace Forgejo.Web.Cli;

/// <summary><c>forgejo admin user create | generate-access-token | create-authorized-integration</c>, with Forgejo's option names.</summary>
public static partial class AdminUserCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var user = new Command("user", "Modify users.");
        user.Subcommands.Add(CreateUser(output, error));
        user.Subcommands.Add(GenerateAccessToken(output, error));
        user.Subcommands.Add(CreateAuthorizedIntegration(output, error));
        var admin = new Command("admin", "Perform common administrative operations.");
        admin.Subcommands.Add(user);
        return admin;
    }

    private static Command CreateUser(TextWriter output, TextWriter error)
    {
        var username = new Option<string>("--username") { Description = "Username" };
        var email = new Option<string>("--email") { Description = "Email address" };
        var isAdmin = new Option<bool>("--admin") { Description = "User is an admin" };
        var password = new Option<string>("--password") { Description = "User password" };
        var command = new Command("create", "Create a new user.") { username, email, isAdmin, password };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((parse, cancellationToken) => ForgejoCommandLine.Guard(error, async () =>
        {
            var name = Required(parse.GetValue(username), "--username");
            var mail = Required(parse.GetValue(email), "--email");
            if (!ValidUsername().IsMatch(name) || name.Length > 40)
            {
                throw new InvalidOperationException($"name is invalid [{name}]: must be valid alpha or numeric or dash(-_) or dot characters");
            }

            if (!ValidEmail().IsMatch(mail))
            {
                throw new InvalidOperationException($"e-mail invalid [email: {mail}]");
            }

            await using var db = CliDatabase.Open(CliConfiguration.Build(parse.UnmatchedTokens));
            var lower = name.ToLowerInvariant();
            if (await db.Users.AnyAsync(u => u.LowerName == lower, cancellationToken))
            {
                throw new InvalidOperationException($"user already exists [name: {name}]");
            }

            var lowerMail = mail.ToLowerInvariant();
            if (await db.Users.AnyAsync(u => u.Email.ToLower() == lowerMail, cancellationToken))
            {
                throw new InvalidOperationException($"e-mail already in use [email: {mail}]");
            }

            var now = UnixTime.Now(TimeProvider.System);
            var created = new User
            {
                Name = name, LowerName = lower, Email = mail, IsAdmin = parse.GetValue(isAdmin), IsActive = true,
                CreatedUnix = now, UpdatedUnix = now,
            };
            if (parse.GetValue(password) is { Length: > 0 } plain)
            {
                // Forgejo's default pbkdf2_hi: PBKDF2-SHA256, 320000 rounds, 50 bytes, hex.
                created.Salt = AccessTokenHashing.NewSalt();
                created.PasswdHashAlgo = "pbkdf2_hi";
                created.Passwd = Convert.ToHexStringLower(Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(plain),
                    Encoding.UTF8.GetBytes(created.Salt), 320_000, HashAlgorithmName.SHA256, 50));
            }

            db.Users.Add(created);
            await db.SaveChangesAsync(cancellationToken);
            await output.WriteLineAsync($"New user '{name}' has been successfully created!");
            return 0;
        }));
        return command;
    }

    private static Command GenerateAccessToken(TextWriter output, TextWriter error)
    {
        var username = new Option<string>("--username", "-u") { Description = "Username" };
        var tokenName = new Option<string>("--token-name", "-t") { Description = "Token name", DefaultValueFactory = _ => "gitea-admin" };
        var scopes = new Option<string>("--scopes") { Description = "Comma separated list of scopes", DefaultValueFactory = _ => "all" };
        var raw = new Option<bool>("--raw") { Description = "Display only the token value" };
        var command = new Command("generate-access-token", "Generate an access token for a specific user.") { username, tokenName, scopes, raw };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((parse, cancellationToken) => ForgejoCommandLine.Guard(error, async () =>
        {
            var name = Required(parse.GetValue(username), "--username");
            await using var db = CliDatabase.Open(CliConfiguration.Build(parse.UnmatchedTokens));
            var owner = await FindUserAsync(db, name, cancellationToken);
            var (_, token) = await new AccessTokenStore(db, TimeProvider.System)
                .CreateAsync(owner.Id, parse.GetValue(tokenName) ?? "", parse.GetValue(scopes) ?? "", cancellationToken);
            await output.WriteLineAsync(parse.GetValue(raw) ? token : $"Access token was successfully created: {token}");
            return 0;
        }));
        return command;
    }

    private static Command CreateAuthorizedIntegration(TextWriter output, TextWriter error)
    {
        var username = new Option<string>("--username") { Description = "Owner of the integration" };
        var name = new Option<string>("--name") { Description = "Name" };
        var description = new Option<string>("--description") { Description = "Description" };
        var issuer = new Option<string>("--issuer") { Description = "JWT issuer (absolute https URL)" };
        var claimEq = new Option<string[]>("--claim-eq") { Description = "claim=value (repeatable)" };
        var claimIn = new Option<string[]>("--claim-in") { Description = "claim=v1,v2 (repeatable)" };
        var claimGlob = new Option<string[]>("--claim-glob") { Description = "claim=pattern (repeatable)" };
        var claimGlobIn = new Option<string[]>("--claim-glob-in") { Description = "claim=p1,p2 (repeatable)" };
        var scope = new Option<string[]>("--scope") { Description = "Access-token scope (repeatable)" };
        var repo = new Option<string[]>("--repo") { Description = "owner/name, or all (repeatable; default all)" };
        var command = new Command("create-authorized-integration", "Create an authorized integration and print it as JSON.")
        {
            username, name, description, issuer, claimEq, claimIn, claimGlob, claimGlobIn, scope, repo,
        };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((parse, cancellationToken) => ForgejoCommandLine.Guard(error, async () =>
        {
            var login = Required(parse.GetValue(username), "--username");
            if (parse.GetValue(scope) is not { Length: > 0 })
            {
                throw new InvalidOperationException("--scope is required (repeat it for several scopes, e.g. --scope read:repository --scope read:user)");
            }

            var rules = new List<ClaimRule>();
            rules.AddRange(Pairs(parse.GetValue(claimEq), "--claim-eq").Select(p => new ClaimRule { Claim = p.Claim, Compare = "eq", Value = p.Value }));
            rules.AddRange(Pairs(parse.GetValue(claimIn), "--claim-in").Select(p => new ClaimRule { Claim = p.Claim, Compare = "in", Values = List(p.Value) }));
            rules.AddRange(Pairs(parse.GetValue(claimGlob), "--claim-glob").Select(p => new ClaimRule { Claim = p.Claim, Compare = "glob", Value = p.Value }));
            rules.AddRange(Pairs(parse.GetValue(claimGlobIn), "--claim-glob-in").Select(p => new ClaimRule { Claim = p.Claim, Compare = "glob-in", Values = List(p.Value) }));
            var repos = parse.GetValue(repo) ?? [];
            var all = repos.Length == 0 || repos.Contains("all", StringComparer.Ordinal);
            if (all && repos.Length > 1)
            {
                throw new InvalidOperationException("--repo all cannot be combined with specific repositories");
            }

            var configuration = CliConfiguration.Build(parse.UnmatchedTokens);
            await using var services = CliServices.Build(configuration);
            await using var db = CliDatabase.Open(configuration);
            var owner = await FindUserAsync(db, login, cancellationToken);
            var service = new AuthorizedIntegrationService(db, TimeProvider.System, services.GetRequiredService<IIssuerValidator>(),
                services.GetRequiredService<Auth.IntegrationJwt.IntegrationLookupCache>());
            var created = await service.CreateAsync(owner.Id, new IntegrationDraft(parse.GetValue(name) ?? "", parse.GetValue(description),
                parse.GetValue(issuer) ?? "", string.Join(',', parse.GetValue(scope) ?? []), new ClaimRuleSet { Rules = rules }, all,
                all ? [] : repos), cancellationToken);
            await output.WriteLineAsync(JsonSerializer.Serialize(created, new JsonSerializerOptions { WriteIndented = true }));
            return 0;
        }));
        return command;
    }

    private static IEnumerable<(string Claim, string Value)> Pairs(string[]? values, string option) => (values ?? []).Select(value =>
    {
        var at = value.IndexOf('=', StringComparison.Ordinal);
        return at <= 0 ? throw new InvalidOperationException($"{option} \"{value}\": expected claim=value") : (value[..at], value[(at + 1)..]);
    });

    private static List<string> List(string value) => value.Split(',', StringSplitOptions.TrimEntries).ToList();

    private static string Required(string? value, string option) =>
        string.IsNullOrWhiteSpace(value) ? throw new InvalidOperationException($"{option} is required") : value.Trim();

    private static async Task<User> FindUserAsync(ForgejoDbContext db, string name, CancellationToken cancellationToken)
    {
        var lower = name.ToLowerInvariant();
        return await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.LowerName == lower, cancellationToken)
            ?? throw new InvalidOperationException($"user does not exist [name: {name}]");
    }

    [GeneratedRegex("^[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?$")]
    private static partial Regex ValidUsername();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+$")]
    private static partial Regex ValidEmail();
}
