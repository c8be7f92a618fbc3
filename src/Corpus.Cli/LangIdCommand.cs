using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Corpus.Core.Quality.LanguageId;

namespace Corpus.Cli;

/// <summary>
/// `corpus langid`: one text per stdin line in, <c>label&lt;TAB&gt;probability</c> per line out.
/// `corpus langid train` rebuilds the cached model from the seed sentences.
/// </summary>
internal static class LangIdCommand
{
    public static Command Create()
    {
        var data = DataOption();
        var samples = SamplesOption();
        var command = new Command("langid", "Identify the language of each stdin line (ary-Arab, ary-Latn, arb, fra, eng, zgh, other).")
        {
            data, samples, CreateTrain(),
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var identifier = LanguageIdentifier.LoadOrTrain(
                LanguageIdentifier.ModelDirectoryIn(parse.GetValue(data)!), LanguageSeedSet.Locate(parse.GetValue(samples)));
            await RunAsync(identifier, Console.In, Console.Out, cancellation);
            return 0;
        });
        return command;
    }

    internal static async Task RunAsync(LanguageIdentifier identifier, TextReader input, TextWriter output, CancellationToken cancellation)
    {
        while (await input.ReadLineAsync(cancellation) is { } line)
        {
            var prediction = identifier.Identify(line);
            await output.WriteLineAsync($"{prediction.Label}\t{prediction.Probability.ToString("0.0000", CultureInfo.InvariantCulture)}");
        }
        await output.FlushAsync(cancellation);
    }

    private static Command CreateTrain()
    {
        var data = DataOption();
        var samples = SamplesOption();
        var train = new Command("train", "Rebuild the language model from the seed sentences and cache it in the data directory.") { data, samples };
        train.SetAction(parse =>
        {
            var seeds = LanguageSeedSet.Locate(parse.GetValue(samples));
            var clock = Stopwatch.StartNew();
            var identifier = LanguageIdentifier.TrainAndSave(LanguageIdentifier.ModelDirectoryIn(parse.GetValue(data)!), seeds);
            Console.Error.WriteLine(
                $"trained {identifier.Version} from {seeds.Seeds.Count} sentences ({seeds.Origin}) in {clock.Elapsed.TotalSeconds:F1} s");
            return 0;
        });
        return train;
    }

    private static Option<string> DataOption() =>
        new("--data") { Description = "Data directory; the model is cached under models/ there", DefaultValueFactory = _ => "./corpus-data" };

    private static Option<string?> SamplesOption() =>
        new("--samples") { Description = "Folder of seed files (<label>.txt); default: the repository's samples/langid, else the built-in copy" };
}
