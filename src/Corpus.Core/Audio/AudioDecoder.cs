using Corpus.Core.Audio.Ffmpeg;

namespace Corpus.Core.Audio;

/// <summary>
/// Decodes an upload to 16 kHz mono: plain PCM/float WAV natively (downmix and resampling included, so
/// no ffmpeg is needed), everything else (WebM, Ogg, MP4, MP3, FLAC, ADPCM WAV, unknown) through ffmpeg.
/// </summary>
internal sealed class AudioDecoder(AudioOptions options, FfmpegDecoder? ffmpeg)
{
    public const int TargetRate = 16000;

    public async Task<DecodedAudio> DecodeAsync(Stream input, CancellationToken ct)
    {
        var stream = input.CanSeek ? input : await BufferAsync(input, ct).ConfigureAwait(false);
        var start = stream.Position;
        var head = new byte[AudioSniffer.HeadLength];
        var headLength = WavReader.ReadFully(stream, head);
        stream.Position = start;
        if (headLength == 0) throw new AudioFormatException("The upload is empty.");

        var container = AudioSniffer.Detect(head.AsSpan(0, headLength));
        if (container == AudioContainer.Wav)
        {
            var info = WavReader.ReadInfo(stream);
            stream.Position = start;
            if (info.IsNativelyDecodable) return DecodeWav(stream, info);
            if (ffmpeg is null) throw new AudioDecoderUnavailableException($"{info.FormatName} WAV");
        }
        else if (ffmpeg is null)
        {
            if (container == AudioContainer.Unknown)
                throw new AudioFormatException("The upload is not in a recognised audio format (WAV, WebM, Ogg, MP4, MP3 or FLAC).");
            throw new AudioDecoderUnavailableException(container.ToString());
        }

        var maxFrames = (long)(options.MaxDuration.TotalSeconds * TargetRate);
        var (audio, source) = await ffmpeg!.DecodeAsync(stream, container, TargetRate, maxFrames, ct).ConfigureAwait(false);
        var clipping = ClippingStats.Measure(audio, (float)options.ClipLevel);
        return new DecodedAudio(audio.Samples, source, clipping);
    }

    private DecodedAudio DecodeWav(Stream stream, WavInfo info)
    {
        var maxFrames = (long)(options.MaxDuration.TotalSeconds * info.SampleRate);
        var pcm = WavReader.ReadSamples(stream, maxFrames);
        var clipping = ClippingStats.Measure(pcm, (float)options.ClipLevel);
        var mono = Downmix.ToMono(pcm);
        var samples = info.SampleRate == TargetRate ? mono : Resampler.Resample(mono, info.SampleRate, TargetRate);
        var codec = info.FormatTag == WavInfo.FloatFormat ? $"pcm_f{info.BitsPerSample}le" : $"pcm_s{info.BitsPerSample}le";
        if (info.BitsPerSample == 8) codec = "pcm_u8";
        return new DecodedAudio(samples, new AudioSourceFormat(AudioContainer.Wav, codec, info.SampleRate, info.Channels), clipping);
    }

    private async Task<Stream> BufferAsync(Stream input, CancellationToken ct)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await input.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > options.MaxInputBytes)
                throw new AudioFormatException($"The upload is larger than the accepted {options.MaxInputBytes / (1024 * 1024)} MB.");
            buffer.Write(chunk, 0, read);
        }
        buffer.Position = 0;
        return buffer;
    }
}
