using System.Text;
using System.Text.RegularExpressions;

namespace Forgejo.Web.Auth.IntegrationJwt.Fetching;

/// <summary>
/// One <c>AllowedDomains</c>/<c>BlockedDomains</c> entry, matched shell-style against a host name or an IP's text as
/// Forgejo's host matcher does: <c>*</c> any run of characters, <c>?</c> one, <c>[...]</c> a set, <c>\</c> an escape;
/// case-insensitive, whole string. A lone <c>*</c> matches every host and address.
/// </summary>
public sealed class HostPattern
{
    private readonly Regex _regex;

    public HostPattern(string pattern)
    {
        Text = pattern.Trim().ToLowerInvariant();
        _regex = new Regex(Translate(Text), RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking);
    }

    public string Text { get; }

    public bool IsMatch(string hostOrAddress) => _regex.IsMatch(hostOrAddress);

    public static IReadOnlyList<HostPattern> ParseList(IEnumerable<string> entries) =>
        entries.SelectMany(entry => entry.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(entry => new HostPattern(entry))
            .ToList();

    private static string Translate(string pattern)
    {
        var regex = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            switch (c)
            {
                case '*':
                    regex.Append(".*");
                    break;
                case '?':
                    regex.Append('.');
                    break;
                case '\\' when i + 1 < pattern.Length:
                    regex.Append(Regex.Escape(pattern[++i].ToString()));
                    break;
                case '[':
                    var end = pattern.IndexOf(']', i + 1);
                    if (end < 0)
                    {
                        throw new FormatException($"host pattern \"{pattern}\" has an unclosed '['");
                    }

                    var set = pattern[(i + 1)..end];
                    var negated = set.StartsWith('^') || set.StartsWith('!');
                    regex.Append('[').Append(negated ? "^" : "")
                        .Append(Regex.Escape(negated ? set[1..] : set).Replace("\\-", "-", StringComparison.Ordinal)).Append(']');
                    i = end;
                    break;
                default:
                    regex.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }

        return regex.Append('$').ToString();
    }
}
