using Corpus.Data.Storage;

namespace Corpus.IntegrationTests.Postgres;

[TestFixture]
public sealed class MigrationNumberingTests
{
    [Test]
    public void For_EachDialect_HasTheSameMigrationNumbersAndNames()
    {
        var sqlite = MigrationCatalog.For(SqlDialect.Sqlite).Select(m => (m.Version, m.Name));
        var postgres = MigrationCatalog.For(SqlDialect.Postgres).Select(m => (m.Version, m.Name));

        Assert.That(postgres, Is.EqualTo(sqlite), "every Migrations/Sqlite script needs a Migrations/Postgres twin");
    }

    [Test]
    public void For_EachDialect_MatchesTheScriptFilesInTheRepository()
    {
        foreach (var dialect in Enum.GetValues<SqlDialect>())
        {
            var folder = Path.Combine(Corpus.Testing.TestPaths.RepositoryRoot, "src", "Corpus.Data", "Migrations", dialect.ToString());
            var files = Directory.GetFiles(folder, "*.sql").Select(Path.GetFileName).Order(StringComparer.Ordinal);
            var embedded = MigrationCatalog.For(dialect).Select(m => $"{m.Version:D4}_{m.Name}.sql");
            Assert.That(embedded, Is.EqualTo(files), $"{dialect} scripts on disk and embedded differ");
        }
    }
}
