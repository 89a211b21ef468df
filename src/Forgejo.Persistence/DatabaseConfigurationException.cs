namespace Forgejo.Persistence;

/// <summary>The database settings are wrong; the message is meant for the operator, as one line.</summary>
public sealed class DatabaseConfigurationException(string message, Exception? inner = null) : Exception(message, inner);
