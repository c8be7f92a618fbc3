namespace Corpus.Benchmarks;

/// <summary>One measured scenario; prints its figures as plain lines.</summary>
internal interface IBenchmark
{
    string Name { get; }
    string Description { get; }
    Task RunAsync(string[] args, TextWriter output);
}
