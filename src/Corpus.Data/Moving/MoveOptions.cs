using Corpus.Core.Storage;

namespace Corpus.Data.Moving;

/// <summary>What to move where: an embedded install's SQLite file and blob folder into PostgreSQL and a blob store.</summary>
public sealed class MoveOptions
{
    /// <summary>The embedded install's SQLite file (<c>DIR/corpus.db</c>).</summary>
    public required string SourceDatabasePath { get; init; }

    public required IBlobStore SourceBlobs { get; init; }

    /// <summary>The PostgreSQL database to fill; created and migrated when missing.</summary>
    public required string TargetConnectionString { get; init; }

    /// <summary>Where blobs go; the same instance as <see cref="SourceBlobs"/> when they stay in the folder.</summary>
    public required IBlobStore TargetBlobs { get; init; }

    /// <summary>How the target blob store is shown in the output (<c>s3://bucket/prefix</c> or a folder).</summary>
    public required string TargetBlobsName { get; init; }

    /// <summary>Rows per transaction (one binary COPY each).</summary>
    public int BatchRows { get; init; } = 5_000;

    /// <summary>Blobs copied or read back at the same time.</summary>
    public int BlobConcurrency { get; init; } = 8;

    /// <summary>Stop on purpose once this many rows were committed (for testing that a cut-short run resumes); null to run to the end.</summary>
    public long? StopAfterRows { get; init; }

    /// <summary>Told the rows committed so far in the current step after every batch; null for no progress reports.</summary>
    public IProgress<MoveProgress>? Progress { get; init; }

    public bool BlobsStayInPlace => ReferenceEquals(SourceBlobs, TargetBlobs);

    public void Validate()
    {
        if (BatchRows < 1) throw new ArgumentException("The batch size must be at least 1 row.");
        if (BlobConcurrency < 1) throw new ArgumentException("The blob concurrency must be at least 1.");
        if (StopAfterRows < 1) throw new ArgumentException("Stop after at least 1 row.");
    }
}
