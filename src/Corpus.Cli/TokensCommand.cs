using System.CommandLine;
using Corpus.Core.Ingestion;
using Corpus.Data.Auth;
using Corpus.Server.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Corpus.Cli;

internal static class TokensCommand
{
    public static Command Create()
    {
        var data = CommonOptions.Data();
        var role = new Option<string>("--role")
        {
            Description = $"What the token may do: {string.Join(", ", Roles.All)}.",
            Required = true,
        };
        role.AcceptOnlyFromAmong([.. Roles.All]);
        var label = new Option<string?>("--label") { Description = "A note saying who or what the token is for." };
        var create = new Command("create", "Create a bearer token and print it (it is shown only once).") { data, role, label };
        create.SetAction(async (parse, cancellationToken) =>
        {
            var settings = new Dictionary<string, string?> { ["Corpus:DataDirectory"] = Path.GetFullPath(parse.GetValue(data)!) };
            await using var services = CliServices.Build(settings);
            await Bootstrap.MigrateAsync(services, cancellationToken);
            var secret = await services.GetRequiredService<TokenStore>().CreateAsync(parse.GetValue(role)!, parse.GetValue(label), cancellationToken);
            Console.WriteLine(secret);
            return 0;
        });
        return new Command("tokens", "Manage bearer tokens.") { create };
    }
}
