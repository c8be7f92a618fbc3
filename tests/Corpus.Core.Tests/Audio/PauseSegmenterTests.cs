using Corpus.Core.Audio;
using Corpus.Testing;

namespace Corpus.Core.Tests.Audio;

[TestFixture]
public sealed class PauseSegmenterTests
{
    [Test]
    public async Task AnalyzeAsync_FreeSpeechOfAMinute_IsSplitAtPausesIntoSegmentsOf1To20Seconds()
    {
        var directory = TestPaths.NewTempDirectory();
        var sentence = AudioTools.Speech16k(directory);
        var paused = Path.Combine(directory, "paused.wav");
        AudioTools.Run(Requires.Sox(), sentence, paused, "pad", "0", "0.7");
        var files = Enumerable.Repeat(paused, 9).ToList();
        var minute = Path.Combine(directory, "minute.wav");
        AudioTools.Run(Requires.Sox(), [.. files, minute]);

        var analysis = await AudioTools.AnalyzeAsync(minute);
        var segments = analysis.Normalized.Segments;

        Assert.That(analysis.Normalized.DurationSeconds, Is.GreaterThan(40));
        Assert.That(segments, Has.Count.GreaterThanOrEqualTo(3));
        Assert.That(segments.Select(s => s.EndSeconds - s.StartSeconds), Has.All.InRange(1.0, 20.0));
        Assert.That(segments[0].StartSeconds, Is.EqualTo(analysis.Normalized.TrimStartSeconds));
        Assert.That(segments[^1].EndSeconds, Is.EqualTo(analysis.Normalized.TrimEndSeconds));
        for (var i = 1; i < segments.Count; i++) Assert.That(segments[i].StartSeconds, Is.EqualTo(segments[i - 1].EndSeconds));
        foreach (var segment in segments)
        {
            var info = WavReader.ReadInfo(new MemoryStream(segment.Wav));
            Assert.That(info.Duration.TotalSeconds, Is.EqualTo(segment.EndSeconds - segment.StartSeconds).Within(0.001));
        }
    }

    [Test]
    public void Split_SpeechWithoutPauses_CutsAtTheQuietestFrameWithinTheLimit()
    {
        var samples = new float[16000 * 45];
        var random = new Random(1);
        for (var i = 0; i < samples.Length; i++) samples[i] = (float)(random.NextDouble() - 0.5) * (i % 16000 < 8000 ? 0.5f : 0.1f);
        var vad = EnergyVad.Detect(samples, 16000, new AudioOptions().Vad);

        var pieces = PauseSegmenter.Split(vad, 0, samples.Length, 16000, 20 * 16000, 15);

        Assert.That(pieces.Select(p => p.End - p.Start), Has.All.InRange(16000, 20 * 16000));
        Assert.That(pieces[^1].End, Is.EqualTo(samples.Length));
    }

    [Test]
    public void Split_ShortRecording_IsOnePiece()
    {
        var vad = EnergyVad.Detect(new float[16000 * 5], 16000, new AudioOptions().Vad);
        Assert.That(PauseSegmenter.Split(vad, 100, 16000 * 5, 16000, 20 * 16000, 15), Is.EqualTo(new[] { (100, 16000 * 5) }));
    }
}
