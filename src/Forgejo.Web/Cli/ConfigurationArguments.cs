namespace Forgejo.Web.Cli;

/// <summary>
/// Command-line tokens that a command does not define are configuration, as in ASP.NET Core, but only in an unambiguous
/// form: <c>--Section:Key=value</c>, or <c>--urls value</c>. Anything else is a typo or an unknown command, and is refused
/// rather than silently ignored (a mistyped <c>--scope</c> must not leave a token with the default scope).
/// </summary>
public static class ConfigurationArguments
{
    private static readonly string[] KeysWithSeparateValue = ["--urls", "--environment", "--contentRoot"];

    public static IReadOnlyList<string> Check(IReadOnlyList<string> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (KeysWithSeparateValue.Contains(token, StringComparer.OrdinalIgnoreCase) && i + 1 < tokens.Count)
            {
                i++;
                continue;
            }

            if (token.StartsWith("--", StringComparison.Ordinal) && token.IndexOf('=', StringComparison.Ordinal) > 2)
            {
                continue;
            }

            throw new ArgumentException(token.StartsWith('-')
                ? $"unknown option {token}: settings are given as --Section:Key=value (see --help)"
                : $"unknown command or argument \"{token}\" (see --help)");
        }

        return tokens;
    }
}
