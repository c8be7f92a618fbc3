using System.Data.Common;
using Corpus.Data.Storage;
using Npgsql;
using Polly;

namespace Corpus.Data.Postgres;

/// <summary>
/// Connections to a PostgreSQL database from one pooled <see cref="NpgsqlDataSource"/>, for deployments
/// where several server instances share the database.
/// </summary>
public sealed class PostgresConnectionFactory : IDbConnectionFactory, IAsyncDisposable, IDisposable
{
    private readonly NpgsqlDataSource _dataSource;

    public PostgresConnectionFactory(string connectionString)
    {
        DapperSetup.EnsureConfigured();
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (string.IsNullOrEmpty(builder.Database))
            throw new ArgumentException("The PostgreSQL connection string names no Database.", nameof(connectionString));
        builder.ApplicationName ??= "corpus";
        DatabaseName = builder.Database;
        _dataSource = NpgsqlDataSource.Create(builder);
        Retry = PostgresRetry.Create();
    }

    public string DatabaseName { get; }

    /// <summary>
    /// True when a <c>--db</c> value is a PostgreSQL connection string (<c>Host=...;Database=...</c>) rather than
    /// the path of an embedded SQLite file.
    /// </summary>
    public static bool IsConnectionString(string value)
    {
        if (!value.Contains('=') || !value.Contains("host", StringComparison.OrdinalIgnoreCase)) return false;
        try
        {
            return !string.IsNullOrEmpty(new NpgsqlConnectionStringBuilder(value).Host);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    public SqlDialect Dialect => SqlDialect.Postgres;

    public ResiliencePipeline Retry { get; }

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    public bool IsUniqueViolation(Exception exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    public void Dispose() => _dataSource.Dispose();
}
