using System.Security.Claims;
using Corpus.Core.Audio;
using Corpus.Core.Ingestion;
using Corpus.Core.Storage;
using Corpus.Data.Ingestion;
using Corpus.Data.Prompts;
using Corpus.Server.Auth;
using Corpus.Server.Hosting;
using Corpus.Server.Idempotency;
using Corpus.Server.Problems;
using FluentValidation;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Corpus.Server.Ingestion;

/// <summary>Uploading a recording of a prompt (or of free speech with its transcript).</summary>
internal static class RecordingEndpoints
{
    public static IEndpointRouteBuilder MapRecordingEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/recordings", Upload).WithName("UploadRecording").WithTags("Recordings")
            .RequireRoles(Roles.Contributor, Roles.Importer, Roles.Admin)
            .WithMetadata(new BodySizeLimit(null))
            .DisableAntiforgery()
            .Accepts<RecordingUploadForm>("multipart/form-data")
            .Produces<ItemCreated>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return app;
    }

    public static async Task<IResult> Upload(HttpContext http, ClaimsPrincipal user, IOptions<CorpusOptions> options,
        ItemFactory factory, ItemStore items, PromptStore prompts, IValidator<RecordingFields> rules, IBlobStore blobs, IdempotentWriter writer, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        if (!MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value is not { Length: > 0 } boundary)
            return ApiProblems.Field(415, "Content-Type", "send multipart/form-data with an 'audio' file part");

        using var form = await RecordingForm.ReadAsync(http.Request, boundary, limits.UploadDirectory, limits.MaxAudioBytes, cancellationToken);
        if (form.TooLarge)
            return ApiProblems.Field(413, "audio", $"is larger than the {limits.MaxAudioBytes} byte limit");
        if (form.FieldError is { } badField)
            return ApiProblems.Field(400, badField, "must be valid UTF-8 text of at most 64 KB");
        if (form.Audio is not { } audio)
            return ApiProblems.Field(400, "audio", "is required: a file part named 'audio'");

        var fields = new RecordingFields(form.Field("promptId"), form.Field("transcript"), form.Field("source"), form.Field("licence"));
        var validation = await rules.ValidateAsync(fields, cancellationToken);
        if (!validation.IsValid) return ApiProblems.Validation(validation.ToDictionary());

        var container = AudioSniffer.Detect(audio.Head);
        if (container == AudioContainer.Unknown)
            return ApiProblems.Field(415, "audio", "is not a recognised audio format; send WAV, Ogg, WebM, MP3, MP4/M4A or FLAC");
        WavInfo? wav = null;
        if (container == AudioContainer.Wav)
        {
            try
            {
                await using var file = File.OpenRead(audio.TempPath);
                wav = WavReader.ReadInfo(file);
            }
            catch (AudioFormatException e)
            {
                return ApiProblems.Field(422, "audio", e.Message);
            }
            if (wav.DataLength == 0) return ApiProblems.Field(422, "audio", "holds no audio samples");
        }

        var (scope, problem) = writer.ScopeOf(http, user.GetTokenId(),
            RequestHash.OfParts("recordings", audio.Sha256, fields.PromptId, fields.Transcript, fields.Source, fields.Licence));
        if (problem is not null) return problem;
        if (await writer.TryReplayAsync(scope, cancellationToken) is { } replay) return replay;

        BlobRef blob;
        await using (var file = File.OpenRead(audio.TempPath))
        {
            blob = await blobs.PutAsync(file, cancellationToken);
        }
        var transcript = fields.Transcript ?? (await prompts.FindTextAsync(fields.PromptId!, cancellationToken));
        var item = factory.New(null, ItemKinds.Recording, user, transcript, blob.Sha256) with
        {
            Source = fields.Source ?? "volunteer",
            Licence = fields.Licence ?? ItemFactory.DefaultTextLicence,
            PromptId = fields.PromptId,
            BlobSha256 = blob.Sha256,
            BlobSize = blob.Size,
            AudioFormat = container.ToString().ToLowerInvariant(),
            AudioSampleRate = wav?.SampleRate,
            AudioChannels = wav?.Channels,
            AudioBits = wav?.BitsPerSample,
            AudioDurationMs = wav is null ? null : (long)wav.Duration.TotalMilliseconds,
        };
        return await ItemEndpoints.Store(item, scope, items, writer, cancellationToken);
    }
}
