using System.Text.Json;
using System.Text.RegularExpressions;

namespace Corpus.Core.Tests.Export.Card;

/// <summary>
/// Checks a JSON value against the parts of a JSON Schema our schemas use (type, const, pattern, required,
/// properties, additionalProperties: false, items, anyOf, local $ref), and lists every mismatch.
/// </summary>
internal sealed class JsonSchemaWalker(JsonElement root)
{
    public IReadOnlyList<string> Problems(JsonElement value)
    {
        var problems = new List<string>();
        Walk(root, value, "$", problems);
        return problems;
    }

    private void Walk(JsonElement schema, JsonElement value, string at, List<string> problems)
    {
        schema = Resolve(schema);
        if (schema.TryGetProperty("anyOf", out var options))
        {
            if (!options.EnumerateArray().Any(option => Matches(option, value, at)))
            {
                problems.Add($"{at}: matches none of the anyOf options");
            }
            return;
        }
        if (schema.TryGetProperty("type", out var type) && !HasType(type, value))
        {
            problems.Add($"{at}: is {value.ValueKind}, schema says {type.GetRawText()}");
            return;
        }
        if (schema.TryGetProperty("const", out var constant) && !JsonElement.DeepEquals(constant, value))
        {
            problems.Add($"{at}: is {value.GetRawText()}, schema says const {constant.GetRawText()}");
        }
        if (schema.TryGetProperty("pattern", out var pattern) && value.ValueKind == JsonValueKind.String
            && !Regex.IsMatch(value.GetString()!, pattern.GetString()!))
        {
            problems.Add($"{at}: \"{value.GetString()}\" does not match {pattern.GetString()}");
        }
        if (value.ValueKind == JsonValueKind.Object) WalkObject(schema, value, at, problems);
        if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var index = 0;
            foreach (var item in value.EnumerateArray()) Walk(items, item, $"{at}[{index++}]", problems);
        }
    }

    private void WalkObject(JsonElement schema, JsonElement value, string at, List<string> problems)
    {
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(name => name.GetString()!))
            {
                if (!value.TryGetProperty(name, out _)) problems.Add($"{at}.{name}: required by the schema, missing from the JSON");
            }
        }
        var declared = schema.TryGetProperty("properties", out var properties) ? properties : default;
        var closed = schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.False;
        foreach (var property in value.EnumerateObject())
        {
            if (declared.ValueKind == JsonValueKind.Object && declared.TryGetProperty(property.Name, out var propertySchema))
            {
                Walk(propertySchema, property.Value, $"{at}.{property.Name}", problems);
            }
            else if (closed)
            {
                problems.Add($"{at}.{property.Name}: in the JSON, not declared in the schema");
            }
        }
    }

    private bool Matches(JsonElement schema, JsonElement value, string at)
    {
        var problems = new List<string>();
        Walk(schema, value, at, problems);
        return problems.Count == 0;
    }

    private JsonElement Resolve(JsonElement schema)
    {
        while (schema.TryGetProperty("$ref", out var reference))
        {
            var path = reference.GetString()!;
            if (!path.StartsWith("#/", StringComparison.Ordinal)) throw new NotSupportedException("Only local $ref: " + path);
            schema = path[2..].Split('/').Aggregate(root, (node, name) => node.GetProperty(name));
        }
        return schema;
    }

    private static bool HasType(JsonElement type, JsonElement value) =>
        type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Any(option => HasType(option.GetString()!, value))
            : HasType(type.GetString()!, value);

    private static bool HasType(string type, JsonElement value) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        _ => throw new NotSupportedException("Unknown JSON Schema type " + type),
    };
}
