using System.Text.Json;
using Parquet;
using Parquet.Schema;

namespace Corpus.Core.Export.Formats;

/// <summary>The Hugging Face Audio feature: a struct {bytes, path} holding the whole WAV file.</summary>
internal sealed class AudioColumn : ParquetColumn<ClipWithAudio>
{
    private readonly DataField<byte[]> _bytes = new("bytes", nullable: true);
    private readonly DataField<string> _path = new("path", nullable: true);
    private readonly StructField _field;
    private readonly int _samplingRate;

    public AudioColumn(string name, int samplingRate)
    {
        _field = new StructField(name, _bytes, _path);
        _samplingRate = samplingRate;
    }

    public override Field Field => _field;

    public override void WriteFeature(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteNumber("sampling_rate", _samplingRate);
        json.WriteString("_type", "Audio");
        json.WriteEndObject();
    }

    public override async Task WriteAsync(ParquetRowGroupWriter group, IReadOnlyList<ClipWithAudio> rows, CancellationToken ct)
    {
        await group.WriteAsync(_bytes, rows.Select(r => r.Wav).ToArray());
        await group.WriteAsync(_path, rows.Select(r => r.Clip.Path).ToArray());
    }
}
