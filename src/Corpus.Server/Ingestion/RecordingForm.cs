using System.Security.Cryptography;
using System.Text;
using Corpus.Core.Audio;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Corpus.Server.Ingestion;

/// <summary>
/// Streams a multipart recording upload: the audio part goes to a temp file (hashed on the way, never
/// held in memory, cut off at the size limit), the small fields are collected.
/// </summary>
internal sealed class RecordingForm : IDisposable
{
    private const int MaxFieldBytes = 64 * 1024;

    public UploadedAudio? Audio { get; private set; }
    public Dictionary<string, string> Fields { get; } = new(StringComparer.OrdinalIgnoreCase);
    public bool TooLarge { get; private set; }
    public string? FieldError { get; private set; }

    public string? Field(string name) => Fields.TryGetValue(name, out var value) ? value : null;

    public static async Task<RecordingForm> ReadAsync(HttpRequest request, string boundary, string tempDirectory, long maxAudioBytes, CancellationToken cancellationToken)
    {
        var form = new RecordingForm();
        var reader = new MultipartReader(boundary, request.Body);
        try
        {
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)) continue;
                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
                if (name == "audio")
                {
                    form.Audio?.Dispose();
                    form.Audio = await SpoolAsync(section.Body, tempDirectory, maxAudioBytes, cancellationToken);
                    if (form.Audio is null)
                    {
                        form.TooLarge = true;
                        return form;
                    }
                }
                else
                {
                    var value = await ReadFieldAsync(section.Body, cancellationToken);
                    if (value is null)
                    {
                        form.FieldError = name;
                        return form;
                    }
                    form.Fields[name] = value;
                }
            }
        }
        catch
        {
            form.Dispose();
            throw;
        }
        return form;
    }

    private static async Task<UploadedAudio?> SpoolAsync(Stream body, string tempDirectory, long maxBytes, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(tempDirectory);
        var path = Path.Combine(tempDirectory, Guid.NewGuid().ToString("N") + ".part");
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var head = new byte[AudioSniffer.HeadLength];
        var headLength = 0;
        long size = 0;
        await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
        {
            var buffer = new byte[81920];
            int read;
            while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
            {
                size += read;
                if (size > maxBytes) break;
                if (headLength < head.Length)
                {
                    var take = Math.Min(read, head.Length - headLength);
                    buffer.AsSpan(0, take).CopyTo(head.AsSpan(headLength));
                    headLength += take;
                }
                hash.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
        }
        if (size > maxBytes)
        {
            File.Delete(path);
            return null;
        }
        return new UploadedAudio(path, Convert.ToHexStringLower(hash.GetHashAndReset()), size, head[..headLength]);
    }

    private static async Task<string?> ReadFieldAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxFieldBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    public void Dispose() => Audio?.Dispose();
}
