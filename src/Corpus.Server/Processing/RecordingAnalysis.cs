using Corpus.Core.Audio;
using Corpus.Core.Storage;
using Corpus.Data.Ingestion;

namespace Corpus.Server.Processing;

/// <summary>Decodes, normalizes (16 kHz mono PCM16, trimmed, split when long) and measures a stored recording.</summary>
internal sealed class RecordingAnalysis(AudioProcessor audio, IBlobStore blobs)
{
    public async Task<RecordingFacts> AnalyzeAsync(ItemRecord item, CancellationToken cancellationToken)
    {
        AudioAnalysis analysis;
        try
        {
            await using var original = await blobs.OpenReadAsync(item.BlobSha256!, cancellationToken);
            analysis = await audio.AnalyzeAsync(original, item.RawText, cancellationToken);
        }
        catch (AudioFormatException e)
        {
            return new RecordingFacts(null, e.Message, false, null, []);
        }
        catch (AudioDecoderUnavailableException e)
        {
            return new RecordingFacts(null, e.Message, true, null, []);
        }

        var normalized = await PutAsync(analysis.Normalized.Wav, cancellationToken);
        var segments = new List<(AudioSegment, BlobRef)>();
        if (analysis.Normalized.Segments.Count > 1)
        {
            foreach (var segment in analysis.Normalized.Segments)
            {
                segments.Add((segment, await PutAsync(segment.Wav, cancellationToken)));
            }
        }
        return new RecordingFacts(analysis, null, false, normalized, segments);
    }

    private async Task<BlobRef> PutAsync(byte[] wav, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream(wav, writable: false);
        return await blobs.PutAsync(stream, cancellationToken);
    }
}
