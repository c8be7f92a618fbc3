using Corpus.Data.Postgres;
using Npgsql;

namespace Corpus.IntegrationTests.Postgres;

[TestFixture]
public sealed class PostgresRetryTests
{
    [Test]
    public async Task ExecuteAsync_DroppedConnectionThenSuccess_RetriesAndSucceeds()
    {
        var pipeline = PostgresRetry.Create(maxRetryAttempts: 3, firstDelay: TimeSpan.Zero);
        var attempts = 0;

        var result = await pipeline.ExecuteAsync(_ =>
        {
            if (++attempts < 3) throw new NpgsqlException("connection reset", new IOException("reset by peer"));
            return ValueTask.FromResult("done");
        });

        Assert.That(result, Is.EqualTo("done"));
        Assert.That(attempts, Is.EqualTo(3));
    }

    [TestCase(PostgresErrorCodes.SerializationFailure)]
    [TestCase(PostgresErrorCodes.DeadlockDetected)]
    public void ExecuteAsync_TransientServerErrorEveryTime_GivesUpAfterTheConfiguredAttempts(string sqlState)
    {
        var pipeline = PostgresRetry.Create(maxRetryAttempts: 2, firstDelay: TimeSpan.Zero);
        var attempts = 0;

        Assert.ThrowsAsync<PostgresException>(async () => await pipeline.ExecuteAsync(_ =>
        {
            attempts++;
            throw new PostgresException("conflict", "ERROR", "ERROR", sqlState);
        }));

        Assert.That(attempts, Is.EqualTo(3));
    }

    [TestCase(PostgresErrorCodes.UniqueViolation)]
    [TestCase(PostgresErrorCodes.UndefinedTable)]
    public void ExecuteAsync_PermanentServerError_FailsOnTheFirstAttempt(string sqlState)
    {
        var pipeline = PostgresRetry.Create(maxRetryAttempts: 5, firstDelay: TimeSpan.Zero);
        var attempts = 0;

        Assert.ThrowsAsync<PostgresException>(async () => await pipeline.ExecuteAsync(_ =>
        {
            attempts++;
            throw new PostgresException("no", "ERROR", "ERROR", sqlState);
        }));

        Assert.That(attempts, Is.EqualTo(1));
    }

    [Test]
    public void ExecuteAsync_ErrorThatIsNotFromNpgsql_IsNotRetried()
    {
        var pipeline = PostgresRetry.Create(maxRetryAttempts: 5, firstDelay: TimeSpan.Zero);
        var attempts = 0;

        Assert.ThrowsAsync<TimeoutException>(async () => await pipeline.ExecuteAsync(_ =>
        {
            attempts++;
            throw new TimeoutException();
        }));

        Assert.That(attempts, Is.EqualTo(1));
    }
}
