using Corpus.Server.Hosting;

var app = CorpusApp.Build(args);
await CorpusApp.RunAsync(app);
