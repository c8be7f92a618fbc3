using Npgsql;

namespace Corpus.Data.Postgres;

/// <summary>
/// Creates the database named in a connection string when the server does not have it yet, so a fresh
/// PostgreSQL server needs no manual step before the first instance starts.
/// </summary>
public static class PostgresDatabaseCreator
{
    /// <summary>Returns true when this call created the database.</summary>
    public static async Task<bool> EnsureExistsAsync(string connectionString, CancellationToken cancellationToken)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var name = target.Database
            ?? throw new ArgumentException("The PostgreSQL connection string names no Database.", nameof(connectionString));
        var maintenance = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(maintenance.ConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);

        await using (var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection))
        {
            exists.Parameters.AddWithValue(name);
            if (await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null) return false;
        }
        try
        {
            // CREATE DATABASE takes no parameters; the name is quoted as an identifier instead.
            await using var create = new NpgsqlCommand($"CREATE DATABASE {QuoteIdentifier(name)}", connection);
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
        {
            // Another instance created it in the meantime.
            return false;
        }
    }

    internal static string QuoteIdentifier(string name) => "\"" + name.Replace("\"", "\"\"") + "\"";
}
