using System.Security.Cryptography;
using System.Text;

namespace Forgejo.Web.Auth;

/// <summary>Forgejo's personal access token format and hash: 40 hex characters, PBKDF2-SHA256 (10000 rounds, 50 bytes) with a per-token salt.</summary>
public static class AccessTokenHashing
{
    public const int Iterations = 10_000;
    public const int KeyBytes = 50;
    public const int TokenLength = 40;

    private const string SaltAlphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    public static string NewToken() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(TokenLength / 2));

    public static string NewSalt() => RandomNumberGenerator.GetString(SaltAlphabet, 10);

    public static string Hash(string token, string salt) => Convert.ToHexStringLower(
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(token), Encoding.UTF8.GetBytes(salt), Iterations, HashAlgorithmName.SHA256, KeyBytes));

    /// <summary>Forgejo refuses anything but 40 lower-case hex characters before touching the database.</summary>
    public static bool IsWellFormed(string token) =>
        token.Length == TokenLength && token.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f');

    public static string LastEight(string token) => token[^8..];

    public static bool Matches(string token, string salt, string storedHash) => CryptographicOperations.FixedTimeEquals(
        Encoding.ASCII.GetBytes(Hash(token, salt)), Encoding.ASCII.GetBytes(storedHash));

    /// <summary>A fast, non-reversible cache key for a presented token (the token itself is never kept in memory caches).</summary>
    public static string CacheKey(string token) => "pat:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
