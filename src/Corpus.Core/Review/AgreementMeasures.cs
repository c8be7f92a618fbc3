namespace Corpus.Core.Review;

/// <summary>
/// Agreement between annotators over items decided by two or more of them: the share of agreeing pairs, and
/// Krippendorff's alpha for nominal labels (chance-corrected, and fine with a different number of annotators per item).
/// </summary>
public static class AgreementMeasures
{
    public static InterAnnotatorAgreement Measure(IEnumerable<IReadOnlyList<string>> labelsPerItem)
    {
        var units = labelsPerItem.Where(u => u.Count >= 2).ToList();
        if (units.Count == 0) return new InterAnnotatorAgreement(0, null, null);

        long pairs = 0, agreeingPairs = 0;
        // The coincidence matrix: each ordered pair of labels within an item, weighted by 1 / (labels in item - 1).
        var coincidences = new Dictionary<(string, string), double>();
        foreach (var unit in units)
        {
            var weight = 1.0 / (unit.Count - 1);
            for (var i = 0; i < unit.Count; i++)
            for (var j = 0; j < unit.Count; j++)
            {
                if (i == j) continue;
                coincidences[(unit[i], unit[j])] = coincidences.GetValueOrDefault((unit[i], unit[j])) + weight;
                if (i < j)
                {
                    pairs++;
                    if (unit[i] == unit[j]) agreeingPairs++;
                }
            }
        }
        var totals = coincidences.GroupBy(c => c.Key.Item1).ToDictionary(g => g.Key, g => g.Sum(c => c.Value));
        var n = totals.Values.Sum();
        var observed = coincidences.Where(c => c.Key.Item1 != c.Key.Item2).Sum(c => c.Value);
        var expected = 0.0;
        foreach (var (c, nc) in totals)
        foreach (var (k, nk) in totals)
            if (c != k) expected += nc * nk;
        expected /= n - 1;
        double? alpha = expected == 0 ? null : Math.Round(1 - observed / expected, 4);
        return new InterAnnotatorAgreement(units.Count, Math.Round((double)agreeingPairs / pairs, 4), alpha);
    }
}
