namespace Corpus.Core.Quality.LanguageId;

/// <summary>A reusable sparse feature vector: sorted distinct indices with their values.</summary>
internal sealed class SparseFeatures
{
    private int[] pending = new int[512];
    private int pendingCount;

    public int[] Indices { get; private set; } = new int[512];
    public float[] Values { get; private set; } = new float[512];
    public int Count { get; private set; }

    public void Clear()
    {
        pendingCount = 0;
        Count = 0;
    }

    /// <summary>Records one occurrence of a hashed feature; occurrences are merged by <see cref="Seal"/>.</summary>
    public void AddOccurrence(int index)
    {
        if (pendingCount == pending.Length) Array.Resize(ref pending, pending.Length * 2);
        pending[pendingCount++] = index;
    }

    /// <summary>Merges occurrences into sqrt(count) values scaled to unit length.</summary>
    public void Seal()
    {
        var span = pending.AsSpan(0, pendingCount);
        span.Sort();
        EnsureCapacity(pendingCount);
        var n = 0;
        var sumOfSquares = 0.0;
        for (var i = 0; i < span.Length;)
        {
            var start = i;
            while (i < span.Length && span[i] == span[start]) i++;
            var occurrences = i - start;
            Indices[n] = span[start];
            Values[n] = MathF.Sqrt(occurrences);
            sumOfSquares += occurrences;
            n++;
        }
        var scale = sumOfSquares > 0 ? (float)(1 / Math.Sqrt(sumOfSquares)) : 0f;
        for (var i = 0; i < n; i++) Values[i] *= scale;
        Count = n;
    }

    /// <summary>Appends a feature with an index above every hashed one (used for the dense features).</summary>
    public void Append(int index, float value)
    {
        EnsureCapacity(Count + 1);
        Indices[Count] = index;
        Values[Count] = value;
        Count++;
    }

    private void EnsureCapacity(int size)
    {
        if (Indices.Length >= size) return;
        var capacity = Math.Max(size, Indices.Length * 2);
        var indices = Indices;
        var values = Values;
        Array.Resize(ref indices, capacity);
        Array.Resize(ref values, capacity);
        Indices = indices;
        Values = values;
    }
}
