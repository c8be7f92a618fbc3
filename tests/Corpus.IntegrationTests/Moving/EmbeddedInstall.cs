using System.Text.Json;
using Corpus.IntegrationTests.Hosting;
using Corpus.IntegrationTests.Ingestion;
using Corpus.IntegrationTests.Processing;
using Corpus.Testing;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Corpus.IntegrationTests.Moving;

/// <summary>
/// An embedded install (DIR/corpus.db + DIR/blobs) filled through the real API and processed by the worker:
/// texts, social posts, short WAV recordings (tones and prompted speech) and one long recording that the worker
/// splits into segments.
/// </summary>
internal sealed class EmbeddedInstall : IDisposable
{
    private EmbeddedInstall(string directory, string adminToken, IReadOnlyDictionary<string, string> texts, IReadOnlyDictionary<string, byte[]> recordings)
    {
        Directory = directory;
        AdminToken = adminToken;
        Texts = texts;
        Recordings = recordings;
    }

    public string Directory { get; }

    /// <summary>The install's admin token; it moves with the tokens table.</summary>
    public string AdminToken { get; }

    /// <summary>Raw text sent, by item id.</summary>
    public IReadOnlyDictionary<string, string> Texts { get; }

    /// <summary>Audio bytes uploaded, by item id.</summary>
    public IReadOnlyDictionary<string, byte[]> Recordings { get; }

    public static async Task<EmbeddedInstall> CreateAsync()
    {
        var directory = TestPaths.NewTempDirectory("corpus-move-source");
        var work = TestPaths.NewTempDirectory("corpus-move-work");
        // The server's own data directory is deleted with it; the database and blobs live in the install folder.
        await using var server = await TestServer.StartAsync(new Dictionary<string, string?>
        {
            ["Corpus:Database"] = Path.Combine(directory, "corpus.db"),
            ["Corpus:Blobs"] = Path.Combine(directory, "blobs"),
        });
        using var volunteer = server.Client((await server.NewContributorAsync()).Token);
        var texts = new Dictionary<string, string>();
        var recordings = new Dictionary<string, byte[]>();
        for (var i = 0; i < 12; i++)
        {
            var text = $"wach nta bikhir a sahbi? rah bzaf dyal nass ghadi yjiw l {i} \u200Fﻻ";
            texts[await Pipeline.PostTextAsync(volunteer, text)] = text;
        }
        for (var i = 0; i < 6; i++)
        {
            var post = $"شحال هاد الشي زوين بزاف هههههه @user{i} https://t.co/x{i} 😂";
            texts[await Pipeline.PostSocialAsync(volunteer, post)] = post;
        }
        for (var i = 0; i < 3; i++)
        {
            var wav = TestAudio.SineWav(1.5 + i * 0.5, frequency: 220 + 40 * i);
            recordings[await Pipeline.PostRecordingAsync(volunteer, wav, "شعل الضو عافاك")] = wav;
        }
        // Clean prompted speech is accepted, so a release built from the install has clips.
        const string prompt = "شعل الضو عافاك";
        foreach (var wordsPerMinute in new[] { 100, 120 })
        {
            var prompted = await File.ReadAllBytesAsync(ExternalPrograms.Speech16k(work, prompt, voice: "ar", wordsPerMinute: wordsPerMinute));
            recordings[await Pipeline.PostRecordingAsync(volunteer, prompted, prompt)] = prompted;
        }
        var sentences = string.Join(". ", Enumerable.Range(0, 14).Select(i =>
            $"This is sentence number {i} of a long free speech recording, spoken slowly and clearly"));
        var speech = await File.ReadAllBytesAsync(ExternalPrograms.Speech16k(work, sentences, wordsPerMinute: 140));
        recordings[await Pipeline.PostRecordingAsync(volunteer, speech, sentences)] = speech;

        foreach (var id in texts.Keys.Concat(recordings.Keys)) await Pipeline.ProcessedAsync(volunteer, id);
        await WaitForSegmentsAsync(directory);
        System.IO.Directory.Delete(work, recursive: true);
        return new EmbeddedInstall(directory, server.AdminToken, texts, recordings);
    }

    /// <summary>Segments cut from the long recording are items of their own, processed after it.</summary>
    private static async Task WaitForSegmentsAsync(string directory)
    {
        await using var db = new SqliteConnection($"Data Source={Path.Combine(directory, "corpus.db")}");
        await db.OpenAsync();
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM items WHERE parent_id IS NOT NULL") == 0
            || await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM items WHERE state = 'received'") > 0)
        {
            if (DateTime.UtcNow > deadline) Assert.Fail("the long recording was not split and processed in time");
            await Task.Delay(100);
        }
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
