using System.CommandLine;
using System.Globalization;
using Corpus.Core.Export;
using Corpus.Data.Export;
using Corpus.Server.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Corpus.Cli;

/// <summary>
/// <c>corpus release build|verify|list</c>. Exit codes: 0 done, 1 verification found problems, 2 refused.
/// </summary>
internal static class ReleaseCommand
{
    public static Command Create() => new("release", "Build, verify and list dataset releases.") { Build(), Verify(), List() };

    private static Command Build()
    {
        var data = CommonOptions.Data();
        var database = CommonOptions.Database();
        var blobs = CommonOptions.Blobs();
        var s3Endpoint = CommonOptions.S3Endpoint();
        var version = new Option<string>("--version") { Description = "Semantic version of the release, e.g. 1.0.0.", Required = true };
        var output = new Option<string?>("--out") { Description = "Folder the release directory is written into; default DIR/releases (Corpus__Releases), where the server serves releases from." };
        var parent = new Option<string?>("--parent") { Description = "Release to compare with and keep splits from; default the latest one built." };
        var cutOff = new Option<string?>("--cut-off") { Description = "Leave out items received after this UTC time (ISO 8601); default now." };
        var licence = new Option<string?>("--licence") { Description = "Dataset licence for the card, e.g. cc-by-4.0; default cc0-1.0 when every item is CC0, else other." };
        var tar = new Option<bool>("--tar") { Description = "Also write the release as one .tar beside the directory." };
        var command = new Command("build", "Build an immutable, checksummed release from the accepted items.")
        {
            data, database, blobs, s3Endpoint, version, output, parent, cutOff, licence, tar,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            DateTimeOffset? cut = null;
            if (parse.GetValue(cutOff) is { } text)
            {
                if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
                {
                    Console.Error.WriteLine($"--cut-off '{text}' is not a date and time such as 2026-11-24T00:00:00Z.");
                    return 2;
                }
                cut = parsed;
            }
            var settings = CommonOptions.StorageSettings(parse, data, database, blobs, s3Endpoint);
            await using var services = CliServices.Build(settings);
            await Bootstrap.MigrateAsync(services, cancellationToken);
            var request = new ReleaseRequest(parse.GetValue(version)!,
                parse.GetValue(output) ?? services.GetRequiredService<IOptions<CorpusOptions>>().Value.ReleasePath,
                parse.GetValue(parent), cut, parse.GetValue(licence), parse.GetValue(tar));
            try
            {
                var built = await services.GetRequiredService<ReleaseBuilder>().BuildAsync(request, cancellationToken);
                var totals = built.Manifest.Totals;
                Console.WriteLine($"{(built.Reproduced ? "Reproduced" : "Built")} {built.Manifest.Name}: {totals.Texts} texts, {totals.Clips} clips " +
                    $"({totals.Hours.ToString("0.00", CultureInfo.InvariantCulture)} h), {built.Manifest.Files.Count} files");
                Console.WriteLine(built.Directory);
                if (built.TarPath is not null) Console.WriteLine(built.TarPath);
                Console.WriteLine($"manifest sha256 {built.ManifestSha256}");
                return 0;
            }
            catch (ReleaseRefusedException refused)
            {
                Console.Error.WriteLine($"Refused: {refused.Message}.");
                return 2;
            }
        });
        return command;
    }

    private static Command Verify()
    {
        var path = new Argument<string>("path") { Description = "A release directory or its .tar." };
        var command = new Command("verify", "Re-check every file of a release against its manifest (sizes and SHA-256).") { path };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var result = await ReleaseVerifier.VerifyAsync(parse.GetValue(path)!, cancellationToken);
            foreach (var problem in result.Problems) Console.Error.WriteLine(problem);
            if (!result.Intact)
            {
                Console.WriteLine($"FAILED: {result.Problems.Count} problem(s) in {result.Version ?? "the release"}");
                return 1;
            }
            Console.WriteLine($"OK: release {result.Version}, {result.FilesChecked} files, {result.BytesChecked} bytes, every checksum matches");
            return 0;
        });
        return command;
    }

    private static Command List()
    {
        var data = CommonOptions.Data();
        var database = CommonOptions.Database();
        var command = new Command("list", "List the releases built from this install.") { data, database };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var settings = new Dictionary<string, string?> { ["Corpus:DataDirectory"] = Path.GetFullPath(parse.GetValue(data)!) };
            if (parse.GetValue(database) is { } db) settings["Corpus:Database"] = db;
            await using var services = CliServices.Build(settings);
            await Bootstrap.MigrateAsync(services, cancellationToken);
            foreach (var release in await services.GetRequiredService<ReleaseStore>().ListAsync(cancellationToken))
                Console.WriteLine($"{release.Version}\tcut-off {release.CutOff}\tparent {release.ParentVersion ?? "-"}\tmanifest {release.ManifestSha256}");
            return 0;
        });
        return command;
    }
}
