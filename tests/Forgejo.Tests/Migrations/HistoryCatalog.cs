using Forgejo.Persistence;
using Forgejo.Tests.Infrastructure;

namespace Forgejo.Tests.Migrations;

/// <summary>The columns of <c>forgejo_migration</c> as the database's own catalog describes them.</summary>
public static class HistoryCatalog
{
    public static async Task<(string Name, string Type, bool Nullable)[]> ReadAsync(TestDatabase database)
    {
        var sql = database.Provider switch
        {
            DatabaseProvider.Sqlite => "SELECT name, type, CASE WHEN \"notnull\" = 0 AND pk = 0 THEN 'YES' ELSE 'NO' END FROM pragma_table_info('forgejo_migration') ORDER BY cid",
            DatabaseProvider.Postgres => "SELECT column_name, CASE WHEN character_maximum_length IS NULL THEN data_type ELSE data_type || '(' || character_maximum_length || ')' END, is_nullable FROM information_schema.columns WHERE table_name = 'forgejo_migration' ORDER BY ordinal_position",
            _ => "SELECT column_name, column_type, is_nullable FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = 'forgejo_migration' ORDER BY ordinal_position",
        };
        var rows = await database.QueryAsync(sql);
        return rows.Select(row => ((string)row[0]!, Convert.ToString(row[1])!, (string)row[2]! == "YES")).ToArray();
    }

    public static async Task<List<string>> PrimaryKeyAsync(TestDatabase database) => await database.QueryStringsAsync(database.Provider switch
    {
        DatabaseProvider.Sqlite => "SELECT name FROM pragma_table_info('forgejo_migration') WHERE pk > 0",
        DatabaseProvider.Postgres => "SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey) WHERE i.indrelid = 'forgejo_migration'::regclass AND i.indisprimary",
        _ => "SELECT column_name FROM information_schema.key_column_usage WHERE table_schema = DATABASE() AND table_name = 'forgejo_migration' AND constraint_name = 'PRIMARY'",
    });
}
