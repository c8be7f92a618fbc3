using Corpus.Data.Prompts;

namespace Corpus.Server.Ingestion;

/// <summary>The text fields of a recording upload and their rules: a known prompt or a transcript.</summary>
internal sealed record RecordingFields(string? PromptId, string? Transcript, string? Source, string? Licence)
{
    public async Task<Dictionary<string, string[]>> ValidateAsync(int maxTextLength, PromptStore prompts, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (PromptId is null && Transcript is null)
            errors["promptId"] = ["give promptId (the prompt read aloud) or transcript (what was said)"];
        if (PromptId is not null && !await prompts.ExistsAsync(PromptId, cancellationToken))
            errors["promptId"] = ["no prompt has this id"];
        if (Transcript is not null)
        {
            if (!TextRules.HasVisibleContent(Transcript)) errors["transcript"] = ["must not be empty or only whitespace"];
            else if (!TextRules.IsWellFormed(Transcript)) errors["transcript"] = ["is not valid Unicode"];
            else if (Transcript.EnumerateRunes().Count() > maxTextLength) errors["transcript"] = [$"must be at most {maxTextLength} characters"];
        }
        if (Source is { Length: > 200 }) errors["source"] = ["must be at most 200 characters"];
        if (Licence is not null && !System.Text.RegularExpressions.Regex.IsMatch(Licence, "^[A-Za-z0-9.+-]{1,64}$"))
            errors["licence"] = ["must be an SPDX licence identifier such as CC0-1.0"];
        return errors;
    }
}
