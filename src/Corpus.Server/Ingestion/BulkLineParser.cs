using System.Security.Claims;
using System.Text.Json;
using System.Text.Unicode;
using Corpus.Data.Ingestion;
using Corpus.Server.Problems;
using FluentValidation;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Corpus.Server.Ingestion;

/// <summary>Turns one NDJSON line into an item row, or into errors per field, with the same rules as the single-item endpoints.</summary>
internal sealed class BulkLineParser(
    ItemFactory factory, IValidator<TextItemRequest> textRules, IValidator<SocialItemRequest> socialRules, IOptions<JsonOptions> json)
{
    public (ItemRecord? Item, IDictionary<string, string[]>? Errors) Parse(ReadOnlySpan<byte> line, ClaimsPrincipal user, string? id)
    {
        if (!Utf8.IsValid(line)) return (null, Error("line", "is not valid UTF-8"));
        BulkLine? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize<BulkLine>(line, json.Value.SerializerOptions);
        }
        catch (JsonException e)
        {
            return (null, Error(BadRequestProblems.FieldFromPath(e.Path) is "body" ? "line" : BadRequestProblems.FieldFromPath(e.Path), "is not valid JSON for this field"));
        }
        if (parsed is null) return (null, Error("line", "must be a JSON object"));
        switch (parsed.Kind ?? "text")
        {
            case "text":
                var text = parsed.AsText();
                var textResult = textRules.Validate(text);
                return textResult.IsValid ? (factory.FromText(text, user, id), null) : (null, textResult.ToDictionary());
            case "social":
                var social = parsed.AsSocial();
                var socialResult = socialRules.Validate(social);
                return socialResult.IsValid ? (factory.FromSocial(social, user, id), null) : (null, socialResult.ToDictionary());
            default:
                return (null, Error("kind", "must be 'text' or 'social'"));
        }
    }

    private static Dictionary<string, string[]> Error(string field, string reason) => new() { [field] = [reason] };
}
