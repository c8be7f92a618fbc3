using System.Buffers;
using System.Text;
using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Corpus.Core.Normalization;

namespace Corpus.Cli;

/// <summary>`corpus normalize`: one raw text per stdin line in, one normalized JSON object per line out.</summary>
internal static class NormalizeCommand
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // JSON requires escaping only the quote, the backslash and the control characters.
    private static readonly SearchValues<char> MustEscape =
        SearchValues.Create([.. Enumerable.Range(0, 0x20).Select(code => (char)code), '"', '\\']);

    public static Command Create()
    {
        var kind = new Option<string>("--kind")
        {
            Description = "text or social (social also cleans URLs, e-mails, handles, phones, ids)",
            DefaultValueFactory = _ => "text",
        };
        kind.AcceptOnlyFromAmong("text", "social");
        var format = new Option<string>("--format")
        {
            Description = "jsonl (every form) or text (the display form only)",
            DefaultValueFactory = _ => "jsonl",
        };
        format.AcceptOnlyFromAmong("jsonl", "text");
        var command = new Command("normalize", "Normalize lines of stdin (Darija text, social posts, Arabizi) to stdout.")
        {
            kind,
            format,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var textKind = parse.GetValue(kind) == "social" ? TextKind.Social : TextKind.Text;
            var displayOnly = parse.GetValue(format) == "text";
            await using var input = Console.OpenStandardInput();
            await using var output = new BufferedStream(Console.OpenStandardOutput(), 1 << 16);
            await RunAsync(input, output, textKind, displayOnly, cancellation);
            return 0;
        });
        return command;
    }

    /// <summary>Reads bytes and splits on '\n' itself, so one line of invalid UTF-8 cannot stop the rest.</summary>
    internal static async Task RunAsync(Stream input, Stream output, TextKind kind, bool displayOnly, CancellationToken cancellation)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        var filled = 0;
        var lineNumber = 0;
        await using var writer = new Utf8JsonWriter(output, WriterOptions);
        try
        {
            while (true)
            {
                if (filled == buffer.Length) buffer = Grow(buffer, filled);
                var read = await input.ReadAsync(buffer.AsMemory(filled), cancellation);
                var start = 0;
                var end = filled + read;
                for (var newline = Array.IndexOf(buffer, (byte)'\n', filled, read); newline >= 0; newline = Array.IndexOf(buffer, (byte)'\n', start, end - start))
                {
                    WriteLine(buffer.AsSpan(start, newline - start), ++lineNumber, kind, displayOnly, writer, output);
                    start = newline + 1;
                }
                buffer.AsSpan(start, end - start).CopyTo(buffer);
                filled = end - start;
                if (read == 0) break;
            }
            if (filled > 0) WriteLine(buffer.AsSpan(0, filled), ++lineNumber, kind, displayOnly, writer, output);
            await output.FlushAsync(cancellation);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static byte[] Grow(byte[] buffer, int filled)
    {
        var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
        buffer.AsSpan(0, filled).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        return larger;
    }

    private static void WriteLine(ReadOnlySpan<byte> line, int lineNumber, TextKind kind, bool displayOnly, Utf8JsonWriter writer, Stream output)
    {
        if (line.Length > 0 && line[^1] == (byte)'\r') line = line[..^1];
        writer.Reset(output);
        if (!TextNormalizer.TryDecodeUtf8(line, out var raw))
        {
            writer.WriteStartObject();
            writer.WriteNumber("line", lineNumber);
            writer.WriteString("error", "invalid UTF-8: the line was skipped");
            writer.WriteEndObject();
        }
        else if (displayOnly)
        {
            writer.Flush();
            output.Write(Encoding.UTF8.GetBytes(TextNormalizer.Display(raw, kind).Replace('\n', ' ')));
            output.WriteByte((byte)'\n');
            return;
        }
        else
        {
            WriteNormalized(writer, raw, TextNormalizer.Normalize(raw, kind));
        }
        writer.Flush();
        output.WriteByte((byte)'\n');
    }

    private static void WriteNormalized(Utf8JsonWriter writer, string raw, NormalizedText normalized)
    {
        writer.WriteStartObject();
        WriteText(writer, "raw", raw);
        WriteText(writer, "display", normalized.Display);
        WriteText(writer, "key", normalized.Key);
        writer.WriteString("script", normalized.Script);
        writer.WriteStartArray("segments");
        foreach (var segment in normalized.Segments) WriteText(writer, null, segment);
        writer.WriteEndArray();
        if (normalized.Arabic is not null) WriteText(writer, "arabic", normalized.Arabic);
        writer.WriteStartArray("replacements");
        foreach (var replacement in normalized.Replacements)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", replacement.Kind);
            writer.WriteNumber("count", replacement.Count);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteString("version", normalized.NormalizerVersion);
        writer.WriteEndObject();
    }

    // The JSON encoders escape every emoji as a surrogate pair (\uD83D\uDE02); written raw, with only
    // what JSON requires escaped, the output stays readable Arabic, Tifinagh and emoji.
    private static void WriteText(Utf8JsonWriter writer, string? name, string value)
    {
        if (name is not null) writer.WritePropertyName(name);
        var json = new StringBuilder(value.Length + 2).Append('"');
        var rest = value.AsSpan();
        for (var at = rest.IndexOfAny(MustEscape); at >= 0; at = rest.IndexOfAny(MustEscape))
        {
            json.Append(rest[..at]);
            json.Append(rest[at] switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                var control => $"\\u{(int)control:x4}",
            });
            rest = rest[(at + 1)..];
        }
        json.Append(rest).Append('"');
        writer.WriteRawValue(json.ToString());
    }
}
