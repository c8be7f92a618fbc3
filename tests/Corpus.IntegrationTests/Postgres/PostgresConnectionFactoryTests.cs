using Corpus.Data.Ingestion;
using Corpus.Data.Postgres;
using Corpus.Data.Storage;
using Dapper;

namespace Corpus.IntegrationTests.Postgres;

[TestFixture]
public sealed class PostgresConnectionFactoryTests
{
    [Test]
    public void Constructor_ConnectionStringWithoutDatabase_Throws()
    {
        Assert.Throws<ArgumentException>(() => new PostgresConnectionFactory("Host=127.0.0.1;Username=corpus"));
    }

    [TestCase("Host=127.0.0.1;Port=5432;Username=corpus;Password=x;Database=corpus", true)]
    [TestCase("host=db.internal;database=corpus", true)]
    [TestCase("./corpus-data/corpus.db", false)]
    [TestCase("/srv/host=odd/corpus.db", false)]
    [TestCase("C:\\data\\corpus.db", false)]
    public void IsConnectionString_DbSetting_TellsPostgresFromASqlitePath(string value, bool expected)
    {
        Assert.That(PostgresConnectionFactory.IsConnectionString(value), Is.EqualTo(expected));
    }

    [Test]
    public async Task IsUniqueViolation_SecondRowWithTheSameKey_IsTrueOnlyForThatError()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        await using var connections = new PostgresConnectionFactory(database.ConnectionString);
        await new MigrationRunner(connections, TimeProvider.System).MigrateAsync(CancellationToken.None);
        await using var connection = await connections.OpenAsync(CancellationToken.None);
        const string insert = "INSERT INTO instance_secrets (name, value, created_at) VALUES ('k', 'v', 't')";
        await connection.ExecuteAsync(insert);

        var duplicate = Assert.CatchAsync(() => connection.ExecuteAsync(insert));
        var badSql = Assert.CatchAsync(() => connection.ExecuteAsync("SELECT * FROM no_such_table"));

        Assert.That(connections.IsUniqueViolation(duplicate!), Is.True);
        Assert.That(connections.IsUniqueViolation(badSql!), Is.False);
    }

    [Test]
    public async Task InstanceSecretStore_ManyInstancesAskingAtOnce_AllGetTheSameSecret()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        await using var connections = new PostgresConnectionFactory(database.ConnectionString);
        await new MigrationRunner(connections, TimeProvider.System).MigrateAsync(CancellationToken.None);
        var store = new InstanceSecretStore(new Transactions(connections), TimeProvider.System);

        var secrets = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            Task.Run(() => store.GetOrCreateAsync("author-handles", CancellationToken.None))));

        Assert.That(secrets.Select(Convert.ToBase64String).Distinct().Count(), Is.EqualTo(1));
    }

    [Test]
    public async Task ItemStore_InsertThenFind_ReadsBackEveryColumn()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        await using var connections = new PostgresConnectionFactory(database.ConnectionString);
        await new MigrationRunner(connections, TimeProvider.System).MigrateAsync(CancellationToken.None);
        var transactions = new Transactions(connections);
        var store = new ItemStore(transactions);
        var item = new ItemRecord
        {
            Id = "item-1", Kind = "recording", State = "received", RawText = "شحال هادي", BlobSha256 = new string('a', 64),
            BlobSize = 5_000_000_000, AudioSampleRate = 48_000, AudioChannels = 2, AudioBits = 16, AudioDurationMs = 3_210,
            ContentHash = "hash", CreatedAt = DbTime.Format(DateTimeOffset.UnixEpoch), UpdatedAt = DbTime.Format(DateTimeOffset.UnixEpoch),
        };

        await transactions.RunAsync((c, t) => store.InsertAsync(c, t, item, CancellationToken.None), CancellationToken.None);

        Assert.That(await store.FindAsync("item-1", CancellationToken.None), Is.EqualTo(item));
        Assert.That(await store.CountAsync(CancellationToken.None), Is.EqualTo(1));
    }
}
