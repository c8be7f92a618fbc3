using System.Collections.Frozen;
using System.Reflection;
using System.Security.Cryptography;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace Corpus.Server.Pages;

/// <summary>
/// The pages people use: the volunteer page at <c>/</c> and the annotators' page at <c>/review</c>, with their
/// scripts and styles under <c>/assets/</c>. They are embedded in the assembly, so the server needs no content
/// folder wherever it runs from; each response carries an ETag so phones on slow links revalidate cheaply.
/// </summary>
internal static class PageEndpoints
{
    private const string Prefix = "pages/";
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private static readonly FrozenDictionary<string, PageFile> Files = Load();

    public static IEndpointRouteBuilder MapPageEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", (HttpContext http) => Serve(http, "index.html")).WithName("VolunteerPage").ExcludeFromDescription();
        app.MapGet("/review", (HttpContext http) => Serve(http, "review.html")).WithName("ReviewPage").ExcludeFromDescription();
        app.MapGet("/assets/{**path}", (HttpContext http, string path) => Serve(http, "assets/" + path)).WithName("PageAsset").ExcludeFromDescription();
        return app;
    }

    private static IResult Serve(HttpContext http, string path)
    {
        if (!Files.TryGetValue(path, out var file)) return Problems.ApiProblems.Field(404, "path", "no such page or asset");
        var headers = http.Response.Headers;
        headers.CacheControl = "no-cache";
        headers.XContentTypeOptions = "nosniff";
        if (path.EndsWith(".html", StringComparison.Ordinal))
        {
            // Scripts and styles come only from this server; recordings play from blob: URLs made on the page.
            headers.ContentSecurityPolicy = "default-src 'self'; media-src 'self' blob:; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
            headers["Referrer-Policy"] = "no-referrer";
        }
        return TypedResults.Bytes(file.Content, file.ContentType, entityTag: new EntityTagHeaderValue(file.ETag));
    }

    private static FrozenDictionary<string, PageFile> Load()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var files = new Dictionary<string, PageFile>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var path = name[Prefix.Length..].Replace('\\', '/');
            var content = copy.ToArray();
            if (!ContentTypes.TryGetContentType(path, out var contentType)) contentType = "application/octet-stream";
            if (contentType.StartsWith("text/", StringComparison.Ordinal) || contentType.EndsWith("javascript", StringComparison.Ordinal))
                contentType += "; charset=utf-8";
            files[path] = new PageFile(content, contentType, $"\"{Convert.ToHexStringLower(SHA256.HashData(content))[..32]}\"");
        }
        return files.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private sealed record PageFile(byte[] Content, string ContentType, string ETag);
}
