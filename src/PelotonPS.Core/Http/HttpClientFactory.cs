using System;
using System.Net;
using System.Net.Http;

namespace PelotonPS.Http
{
    /// <summary>Builds the handler every PelotonPS HttpClient uses: compression on, cookies off, proxies from the system.</summary>
    internal static class HttpClientFactory
    {
        public static HttpClient Create(HttpMessageHandler? handler = null)
        {
            var client = new HttpClient(handler ?? CreateHandler(), disposeHandler: true)
            {
                // Each attempt gets its own timeout (HttpSettings.RequestTimeout) so a timeout can be told from Ctrl+C.
                Timeout = System.Threading.Timeout.InfiniteTimeSpan,
            };
            client.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent.Value);
            return client;
        }

        private static HttpClientHandler CreateHandler()
        {
            var handler = new HttpClientHandler
            {
                UseCookies = false,
                AllowAutoRedirect = false,
                AutomaticDecompression = SupportedDecompression(),
            };
            return handler;
        }

        /// <summary>gzip and deflate everywhere; brotli where the runtime knows it (not on .NET Framework).</summary>
        private static DecompressionMethods SupportedDecompression()
        {
            DecompressionMethods methods = DecompressionMethods.GZip | DecompressionMethods.Deflate;
            if (Enum.TryParse("Brotli", out DecompressionMethods brotli))
            {
                methods |= brotli;
            }

            return methods;
        }
    }
}
