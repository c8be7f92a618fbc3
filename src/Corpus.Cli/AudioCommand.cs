using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Corpus.Core.Audio;

namespace Corpus.Cli;

/// <summary>`corpus audio analyze FILE...` and `corpus audio normalize IN OUT`.</summary>
internal static class AudioCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // output for people and jq, never embedded in HTML
    };

    public static Command Create()
    {
        var command = new Command("audio", "Decode, measure and normalize recordings (16 kHz mono PCM16).");
        command.Subcommands.Add(CreateAnalyze());
        command.Subcommands.Add(CreateNormalize());
        return command;
    }

    private static Command CreateAnalyze()
    {
        var files = new Argument<string[]>("files") { Description = "Recordings to analyze.", Arity = ArgumentArity.OneOrMore };
        var prompt = new Option<string?>("--prompt") { Description = "The text read aloud, for the speech-rate checks." };
        var command = new Command("analyze", "Print one JSON object per file: measurements and flags, or the error.");
        command.Arguments.Add(files);
        command.Options.Add(prompt);
        command.SetAction(async (parse, ct) =>
        {
            var processor = new AudioProcessor(new AudioOptions());
            var failures = 0;
            foreach (var file in parse.GetValue(files) ?? [])
            {
                var line = await AnalyzeOneAsync(processor, file, parse.GetValue(prompt), ct);
                if (line.Error is not null) failures++;
                Console.Out.WriteLine(JsonSerializer.Serialize(line, Json));
            }
            return failures == 0 ? 0 : 1;
        });
        return command;
    }

    private static Command CreateNormalize()
    {
        var input = new Argument<string>("in") { Description = "The recording to normalize." };
        var output = new Argument<string>("out") { Description = "The 16 kHz mono PCM16 WAV to write; segments of long recordings go beside it as OUT.001.wav, ..." };
        var command = new Command("normalize", "Write a recording as trimmed 16 kHz mono PCM16 WAV (split at pauses when long).");
        command.Arguments.Add(input);
        command.Arguments.Add(output);
        command.SetAction(async (parse, ct) =>
        {
            var inPath = parse.GetRequiredValue(input);
            var outPath = parse.GetRequiredValue(output);
            try
            {
                var processor = new AudioProcessor(new AudioOptions());
                await using var stream = File.OpenRead(inPath);
                var normalized = await processor.NormalizeAsync(stream, ct);
                await File.WriteAllBytesAsync(outPath, normalized.Wav, ct);
                var written = new List<string> { outPath };
                foreach (var segment in normalized.Segments)
                {
                    var segmentPath = Path.ChangeExtension(outPath, null) + $".{segment.Index + 1:D3}.wav";
                    await File.WriteAllBytesAsync(segmentPath, segment.Wav, ct);
                    written.Add(segmentPath);
                }
                Console.Out.WriteLine(JsonSerializer.Serialize(new { file = inPath, written, normalized }, Json));
                return 0;
            }
            catch (Exception e) when (e is AudioFormatException or AudioDecoderUnavailableException or IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"{inPath}: {e.Message}");
                return 1;
            }
        });
        return command;
    }

    private static async Task<AnalyzeLine> AnalyzeOneAsync(AudioProcessor processor, string file, string? prompt, CancellationToken ct)
    {
        try
        {
            await using var stream = File.OpenRead(file);
            var analysis = await processor.AnalyzeAsync(stream, prompt, ct);
            return new AnalyzeLine(file, analysis, null);
        }
        catch (Exception e) when (e is AudioFormatException or AudioDecoderUnavailableException or IOException or UnauthorizedAccessException)
        {
            return new AnalyzeLine(file, null, e.Message);
        }
    }

    private sealed record AnalyzeLine(string File, AudioAnalysis? Analysis, string? Error);
}
