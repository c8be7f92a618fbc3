using System.Text.Json;
using System.Text.Json.Nodes;
using Corpus.Core.Export;
using Corpus.Testing;

namespace Corpus.Core.Tests.Export.Card;

[TestFixture]
public sealed class ReleaseManifestSchemaTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Test]
    public void Schema_SampleManifest_MatchesEveryDeclaredAndRequiredProperty()
    {
        var problems = Walker().Problems(Serialize(CardSamples.Manifest()));

        Assert.That(problems, Is.Empty);
    }

    [Test]
    public void Schema_FirstReleaseWithNullParent_Matches()
    {
        var problems = Walker().Problems(Serialize(CardSamples.Manifest() with { ParentVersion = null }));

        Assert.That(problems, Is.Empty);
    }

    [Test]
    public void Schema_EveryDeclaredProperty_IsRequired()
    {
        // Optional properties could disappear from the record without the walk noticing, so the schema has none.
        foreach (var (at, objectSchema) in ObjectSchemas(Schema().RootElement, "$"))
        {
            var declared = objectSchema.GetProperty("properties").EnumerateObject().Select(p => p.Name);
            var required = objectSchema.GetProperty("required").EnumerateArray().Select(p => p.GetString());
            Assert.That(required, Is.EquivalentTo(declared), at);
            Assert.That(objectSchema.GetProperty("additionalProperties").ValueKind, Is.EqualTo(JsonValueKind.False), at);
        }
    }

    [Test]
    public void Walker_PropertyTheSchemaDoesNotDeclare_IsReported()
    {
        var json = JsonSerializer.SerializeToNode(CardSamples.Manifest(), Web)!;
        json["filters"]!["minimumQuality"] = 0.5;

        var problems = Walker().Problems(JsonSerializer.SerializeToElement(json));

        Assert.That(problems, Has.One.StartsWith("$.filters.minimumQuality:"));
    }

    [Test]
    public void Walker_MissingRequiredPropertyOrWrongShape_IsReported()
    {
        var json = JsonSerializer.SerializeToNode(CardSamples.Manifest(), Web)!.AsObject();
        json.Remove("totals");
        json["files"]![0]!["sha256"] = "ABC";
        json["splits"]!["train"]!["texts"] = "2";

        var problems = Walker().Problems(JsonSerializer.SerializeToElement(json));

        Assert.That(problems, Has.One.StartsWith("$.totals:"));
        Assert.That(problems, Has.One.StartsWith("$.files[0].sha256:"));
        Assert.That(problems, Has.One.StartsWith("$.splits.train.texts:"));
    }

    private static JsonElement Serialize(ReleaseManifest manifest) => JsonSerializer.SerializeToElement(manifest, Web);

    private static JsonDocument Schema() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "schemas", "release-manifest.schema.json")));

    private static JsonSchemaWalker Walker() => new(Schema().RootElement);

    private static IEnumerable<(string At, JsonElement Schema)> ObjectSchemas(JsonElement schema, string at)
    {
        if (schema.ValueKind != JsonValueKind.Object) yield break;
        if (schema.TryGetProperty("properties", out _)) yield return (at, schema);
        foreach (var child in schema.EnumerateObject())
        {
            foreach (var found in ObjectSchemas(child.Value, $"{at}.{child.Name}")) yield return found;
            if (child.Value.ValueKind != JsonValueKind.Array) continue;
            foreach (var item in child.Value.EnumerateArray())
            {
                foreach (var found in ObjectSchemas(item, $"{at}.{child.Name}[]")) yield return found;
            }
        }
    }
}
