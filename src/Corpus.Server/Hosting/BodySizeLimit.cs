using Microsoft.AspNetCore.Http.Features;

namespace Corpus.Server.Hosting;

/// <summary>Endpoint metadata: the largest request body this endpoint reads (null = unlimited, streamed).</summary>
internal sealed record BodySizeLimit(long? Bytes)
{
    /// <summary>Applies the endpoint's limit, or the JSON default, before the body is read.</summary>
    public static Func<HttpContext, RequestDelegate, Task> Middleware(long defaultBytes) => (context, next) =>
    {
        var feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (feature is { IsReadOnly: false })
        {
            var limit = context.GetEndpoint()?.Metadata.GetMetadata<BodySizeLimit>();
            feature.MaxRequestBodySize = limit is null ? defaultBytes : limit.Bytes;
        }
        return next(context);
    };
}
