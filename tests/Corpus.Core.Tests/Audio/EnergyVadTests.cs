using Corpus.Core.Audio;
using Corpus.Testing;

namespace Corpus.Core.Tests.Audio;

[TestFixture]
public sealed class EnergyVadTests
{
    [TestCase("-n synth 3 sine 1000 vol 0", TestName = "AnalyzeAsync_DigitalSilence_IsFlaggedNoSpeech")]
    [TestCase("-n synth 3 brownnoise vol 0.02", TestName = "AnalyzeAsync_RoomTone_IsFlaggedNoSpeech")]
    [TestCase("-n synth 3 pinknoise vol 0.005", TestName = "AnalyzeAsync_QuietHiss_IsFlaggedNoSpeech")]
    [TestCase("-n synth 3 whitenoise vol 0.0003", TestName = "AnalyzeAsync_NearSilence_IsFlaggedNoSpeech")]
    [TestCase("-n synth 3 sine 50 vol 0.3", TestName = "AnalyzeAsync_MainsHum_IsFlaggedNoSpeech")]
    public async Task AnalyzeAsync_NoSpeechGenerated_IsFlaggedNoSpeech(string soxArguments)
    {
        var path = Path.Combine(TestPaths.NewTempDirectory(), "silence.wav");
        var arguments = soxArguments.Split(' ').ToList();
        arguments.Insert(1, "-r");
        arguments.Insert(2, "16000");
        arguments.Insert(3, "-b");
        arguments.Insert(4, "16");
        arguments.Insert(5, path);
        AudioTools.Run(Requires.Sox(), [.. arguments]);

        var analysis = await AudioTools.AnalyzeAsync(path);

        Assert.That(analysis.Flags.Select(f => f.Name), Does.Contain("no_speech"));
        Assert.That(analysis.Rejected, Is.False, "a silent take goes to a reviewer with its measurements, it is not dropped unseen");
    }

    [TestCase("silence_digital_float32.wav")]
    [TestCase("silence_room_tone_16bit.wav")]
    [TestCase("silence_almost_silent_24bit.wav")]
    public async Task AnalyzeAsync_SilenceFixture_IsFlaggedNoSpeech(string name)
    {
        var path = TestPaths.RequireSharedFile(Path.Combine("audio", "fixtures", name));
        var analysis = await AudioTools.AnalyzeAsync(path);
        Assert.That(analysis.Flags.Select(f => f.Name), Does.Contain("no_speech"));
    }

    [Test]
    public async Task AnalyzeAsync_DarijaSpeechFixtures_AreNotFlaggedNoSpeech()
    {
        var first = TestPaths.RequireSharedFile(Path.Combine("audio", "darija_turn_on_light", "iman_light_on_01_012_original.wav"));
        foreach (var path in Directory.GetFiles(Path.GetDirectoryName(first)!, "*.wav"))
        {
            var analysis = await AudioTools.AnalyzeAsync(path);
            Assert.That(analysis.Flags.Select(f => f.Name), Does.Not.Contain("no_speech"), Path.GetFileName(path));
            Assert.That(analysis.Measurements.SpeechSeconds, Is.GreaterThan(0.5), Path.GetFileName(path));
        }
    }

    [Test]
    public void Detect_ToneBurstBetweenSilence_MarksTheBurstWithHangover()
    {
        var samples = new float[16000 * 3];
        for (var i = 16000; i < 32000; i++) samples[i] = 0.3f * MathF.Sin(2 * MathF.PI * 440 * i / 16000);
        var settings = new AudioOptions().Vad;

        var vad = EnergyVad.Detect(samples, 16000, settings);

        Assert.That(vad.FirstRawSpeechFrame * vad.FrameLength, Is.EqualTo(16000));
        Assert.That((vad.LastRawSpeechFrame + 1) * vad.FrameLength, Is.EqualTo(32000));
        var hangoverFrames = settings.HangoverMs / settings.FrameMs;
        Assert.That(vad.Speech[vad.LastRawSpeechFrame + hangoverFrames - 1], Is.True);
        Assert.That(vad.Speech[vad.LastRawSpeechFrame + hangoverFrames + 1], Is.False);
    }
}
