using Corpus.Core.Ingestion;
using Corpus.Core.Storage;
using Corpus.Data.Auth;
using Corpus.Data.Blobs;
using Corpus.Data.Postgres;
using Corpus.Data.Storage;
using Corpus.Server.Idempotency;
using Microsoft.Extensions.Options;

namespace Corpus.Server.Hosting;

/// <summary>What runs before the first request: schema migrations, crash leftovers removed, a first admin token.</summary>
public static class Bootstrap
{
    public static async Task InitializeAsync(IServiceProvider services, TextWriter console, CancellationToken cancellationToken)
    {
        var options = services.GetRequiredService<IOptions<CorpusOptions>>().Value;
        await MigrateAsync(services, cancellationToken);
        var blobs = services.GetRequiredService<IBlobStore>();
        if (blobs is LocalBlobStore local) local.DeleteLeftoverTempFiles();
        if (blobs is S3BlobStore s3) await s3.EnsureBucketExistsAsync(cancellationToken);
        if (Directory.Exists(options.UploadDirectory))
        {
            foreach (var file in Directory.EnumerateFiles(options.UploadDirectory)) File.Delete(file);
        }
        services.GetRequiredService<ServerKeys>();
        await EnsureAdminTokenAsync(services.GetRequiredService<TokenStore>(), options, console, cancellationToken);
    }

    /// <summary>Brings the schema up to date, for verbs that use storage without serving.</summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var options = services.GetRequiredService<IOptions<CorpusOptions>>().Value;
        Directory.CreateDirectory(options.DataDirectory);
        if (services.GetRequiredService<IDbConnectionFactory>().Dialect == SqlDialect.Postgres)
            await PostgresDatabaseCreator.EnsureExistsAsync(options.DatabasePath, cancellationToken);
        await services.GetRequiredService<MigrationRunner>().MigrateAsync(cancellationToken);
    }

    private static async Task EnsureAdminTokenAsync(TokenStore tokens, CorpusOptions options, TextWriter console, CancellationToken cancellationToken)
    {
        if (await tokens.CountActiveAdminsAsync(cancellationToken) > 0) return;
        var secret = await tokens.CreateAsync(Roles.Admin, "first start", cancellationToken);
        var path = Path.GetFullPath(options.AdminTokenPath);
        await WriteOwnerOnlyAsync(path, secret + "\n", cancellationToken);
        await console.WriteLineAsync($"Created the first admin token (shown once; also saved to {path}, readable only by you):");
        await console.WriteLineAsync(secret);
    }

    private static async Task WriteOwnerOnlyAsync(string path, string content, CancellationToken cancellationToken)
    {
        var streamOptions = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) streamOptions.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        await using var stream = new FileStream(path, streamOptions);
        await using var writer = new StreamWriter(stream);
        await writer.WriteAsync(content.AsMemory(), cancellationToken);
        await writer.FlushAsync(cancellationToken);
        stream.Flush(flushToDisk: true);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }
}
