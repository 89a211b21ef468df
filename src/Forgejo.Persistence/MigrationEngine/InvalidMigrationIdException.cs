namespace Forgejo.Persistence.MigrationEngine;

/// <summary>A migration id breaks the naming rule, or two migrations share an id.</summary>
public sealed class InvalidMigrationIdException(string message) : InvalidOperationException(message);
