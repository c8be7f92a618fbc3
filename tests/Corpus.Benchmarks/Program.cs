using Corpus.Benchmarks;

// dotnet run -c Release --project tests/Corpus.Benchmarks -- <name> [options]   (no name lists them)
var benchmarks = BenchmarkCatalog.All().ToDictionary(b => b.Name, StringComparer.OrdinalIgnoreCase);
if (args.Length == 0 || !benchmarks.TryGetValue(args[0], out var benchmark))
{
    Console.WriteLine("usage: dotnet run -c Release --project tests/Corpus.Benchmarks -- <name> [options]");
    foreach (var b in benchmarks.Values) Console.WriteLine($"  {b.Name,-18} {b.Description}");
    return args.Length == 0 ? 0 : 2;
}
await benchmark.RunAsync(args[1..], Console.Out);
return 0;
