namespace Corpus.Core.Quality.LanguageId;

/// <summary>
/// Features for language identification: hashed character 1-4-grams of the match key, 2-3-grams of the
/// lower-cased display form (which keeps Arabizi digits, hamzas and ta marbuta), key words and word
/// pairs, then a few dense features: Darija/MSA marker shares, script shares, Arabizi digits, emoji.
/// </summary>
internal static class LanguageFeaturizer
{
    /// <summary>Changes whenever the features of a text change; part of the model version.</summary>
    public const string Version = "lidf-2";

    public const int HashBits = 16;
    public const int HashedDimension = 1 << HashBits;
    public const int DenseCount = 8;
    public const int Dimension = HashedDimension + DenseCount;

    private const ulong KeyGrams = 0x4B45594752414D53UL;
    private const ulong DisplayGrams = 0x4449535047524D53UL;
    private const ulong KeyWords = 0x4B4559574F524453UL;
    private const ulong KeyPairs = 0x4B45595041495253UL;

    public static void Featurize(string display, string key, SparseFeatures features)
    {
        features.Clear();
        var keyText = key.AsSpan();
        var previousWord = 0UL;
        foreach (var range in keyText.Split(' '))
        {
            var word = keyText[range];
            if (word.IsEmpty) continue;
            AddCharacterGrams(word, KeyGrams, 1, 4, lowerCase: false, features);
            var wordHash = HashChars(KeyWords, word);
            features.AddOccurrence(Bucket(wordHash));
            if (previousWord != 0) features.AddOccurrence(Bucket(Mix(KeyPairs ^ previousWord * 31 ^ wordHash)));
            previousWord = wordHash;
        }
        var shape = DisplayShape.Measure(display, key);
        foreach (var range in display.AsSpan().SplitAny(' ', '\n'))
        {
            var word = display.AsSpan()[range];
            if (!word.IsEmpty) AddCharacterGrams(word, DisplayGrams, 2, 3, lowerCase: true, features);
        }
        features.Seal();
        shape.AppendTo(features, HashedDimension);
    }

    private static void AddCharacterGrams(ReadOnlySpan<char> word, ulong space, int minN, int maxN, bool lowerCase, SparseFeatures features)
    {
        // Each word is read as " word " so n-grams know where words start and end.
        var length = word.Length + 2;
        for (var start = 0; start < length; start++)
        {
            var hash = space;
            for (var n = 1; n <= maxN && start + n <= length; n++)
            {
                var position = start + n - 1;
                var c = position == 0 || position == length - 1 ? ' ' : word[position - 1];
                if (lowerCase && c is >= 'A' and <= 'Z') c = (char)(c + 32);
                hash = (hash ^ c) * 0x100000001B3UL;
                if (n >= minN && !(n == 1 && c == ' ')) features.AddOccurrence(Bucket(Mix(hash + (ulong)n)));
            }
        }
    }

    private static ulong HashChars(ulong seed, ReadOnlySpan<char> word)
    {
        var hash = seed;
        foreach (var c in word) hash = (hash ^ c) * 0x100000001B3UL;
        return Mix(hash);
    }

    private static int Bucket(ulong hash) => (int)(Mix(hash) >> (64 - HashBits));

    private static ulong Mix(ulong x)
    {
        x ^= x >> 33;
        x *= 0xFF51AFD7ED558CCDUL;
        x ^= x >> 33;
        return x;
    }
}
