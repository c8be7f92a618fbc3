namespace Corpus.IntegrationTests.Hosting;

/// <summary>A fixture with its own server and one signed-up volunteer, shared by the tests of one class.</summary>
public abstract class VolunteerFixture
{
    protected TestServer Server { get; private set; } = null!;
    protected HttpClient Volunteer { get; private set; } = null!;

    /// <summary>Settings this fixture's server starts with, beyond the test defaults.</summary>
    protected virtual IDictionary<string, string?>? Settings => null;

    [OneTimeSetUp]
    public async Task StartServerAsync()
    {
        Server = await TestServer.StartAsync(Settings);
        Volunteer = Server.Client((await Server.NewContributorAsync()).Token);
    }

    [OneTimeTearDown]
    public async Task StopServerAsync()
    {
        Volunteer.Dispose();
        await Server.DisposeAsync();
    }
}
