namespace Corpus.Server.Prompts;

/// <summary>One prompt (<see cref="Text"/>) or many (<see cref="Prompts"/>) to add to the reading list.</summary>
public sealed record AddPromptsRequest(string? Text = null, string? Source = null, string? Licence = null, IReadOnlyList<PromptInput>? Prompts = null)
{
    public IReadOnlyList<PromptInput> All() => Prompts ?? (Text is null ? [] : [new PromptInput(Text, Source, Licence)]);
}

public sealed record PromptInput(string? Text, string? Source = null, string? Licence = null);
