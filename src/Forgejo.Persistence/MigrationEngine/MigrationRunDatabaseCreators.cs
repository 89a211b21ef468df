using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql.EntityFrameworkCore.PostgreSQL.Storage.Internal;
using Pomelo.EntityFrameworkCore.MySql.Storage.Internal;

namespace Forgejo.Persistence.MigrationEngine;

/// <summary>
/// A database creator that <see cref="StepwiseMigration"/> can tell, for the rest of one migrate call, that the database
/// exists. EF checks at the start of every <c>Migrate(id)</c>, so a stepwise run would check once per migration; on
/// PostgreSQL each check opens a new unpooled connection (about as long as the migration's own statements), on MySQL a
/// connection more. After the first step the database exists (EF created it if it was missing), so later steps skip the
/// check. Outside a migrate call, and on a new call, the creator checks as the provider's own does.
/// </summary>
internal interface IMigrationRunDatabaseCreator
{
    bool ExistsForThisRun { get; set; }
}

public sealed class ForgejoNpgsqlDatabaseCreator(
    RelationalDatabaseCreatorDependencies dependencies,
    INpgsqlRelationalConnection connection,
    IRawSqlCommandBuilder rawSqlCommandBuilder,
    IRelationalConnectionDiagnosticsLogger connectionLogger)
    : NpgsqlDatabaseCreator(dependencies, connection, rawSqlCommandBuilder, connectionLogger), IMigrationRunDatabaseCreator
{
    private bool _existsForThisRun;

    bool IMigrationRunDatabaseCreator.ExistsForThisRun
    {
        get => _existsForThisRun;
        set => _existsForThisRun = value;
    }

    public override bool Exists() => _existsForThisRun || base.Exists();

    public override Task<bool> ExistsAsync(CancellationToken cancellationToken = default) =>
        _existsForThisRun ? Task.FromResult(true) : base.ExistsAsync(cancellationToken);
}

public sealed class ForgejoMySqlDatabaseCreator(
    RelationalDatabaseCreatorDependencies dependencies,
    IMySqlRelationalConnection connection,
    IRawSqlCommandBuilder rawSqlCommandBuilder)
    : MySqlDatabaseCreator(dependencies, connection, rawSqlCommandBuilder), IMigrationRunDatabaseCreator
{
    private bool _existsForThisRun;

    bool IMigrationRunDatabaseCreator.ExistsForThisRun
    {
        get => _existsForThisRun;
        set => _existsForThisRun = value;
    }

    public override bool Exists() => _existsForThisRun || base.Exists();

    public override Task<bool> ExistsAsync(CancellationToken cancellationToken = default) =>
        _existsForThisRun ? Task.FromResult(true) : base.ExistsAsync(cancellationToken);
}
