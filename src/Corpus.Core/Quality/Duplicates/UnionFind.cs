namespace Corpus.Core.Quality.Duplicates;

/// <summary>Disjoint sets over item positions whose root is always the earliest item of the group.</summary>
internal sealed class UnionFind
{
    private readonly ChunkedArray<int> parents = new();
    private int count;

    public int Add()
    {
        parents.EnsureRows(count + 1);
        parents[count] = count;
        return count++;
    }

    public int Find(int item)
    {
        while (parents[item] != item)
        {
            var grandparent = parents[parents[item]];
            parents[item] = grandparent;
            item = grandparent;
        }
        return item;
    }

    public void Union(int a, int b)
    {
        var rootA = Find(a);
        var rootB = Find(b);
        if (rootA == rootB) return;
        if (rootA < rootB) parents[rootB] = rootA;
        else parents[rootA] = rootB;
    }
}
