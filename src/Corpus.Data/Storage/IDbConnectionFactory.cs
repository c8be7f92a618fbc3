using System.Data.Common;
using Polly;

namespace Corpus.Data.Storage;

/// <summary>Opens ready-to-use connections to the corpus database, one per store call.</summary>
public interface IDbConnectionFactory
{
    SqlDialect Dialect { get; }

    /// <summary>Retries a unit of work only on the database's transient errors (SQLite busy/locked).</summary>
    ResiliencePipeline Retry { get; }

    Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>True when the exception is a unique or primary key violation.</summary>
    bool IsUniqueViolation(Exception exception);
}
