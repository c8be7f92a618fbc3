namespace Corpus.Core.Tests;

[TestFixture]
public sealed class SmokeTests
{
    [Test]
    public void RepositoryRoot_IsFound() => Assert.That(File.Exists(Path.Combine(Corpus.Testing.TestPaths.RepositoryRoot, "Corpus.sln")));
}
