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

        /// <summary>
        /// The client of one login: its own cookie jar (Auth0's _csrf and session cookies), redirects followed by
        /// hand so the flow can stop at the first URL that carries the code. Disposed when the login ends.
        /// </summary>
        public static HttpClient CreateForLogin(CookieContainer cookies)
            => new(CreateHandler(cookies), disposeHandler: true) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };

        private static HttpClientHandler CreateHandler(CookieContainer? cookies = null)
        {
            var handler = new HttpClientHandler
            {
                UseCookies = cookies is not null,
                AllowAutoRedirect = false,
                AutomaticDecompression = SupportedDecompression(),
            };
            if (cookies is not null)
            {
                handler.CookieContainer = cookies;
            }

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
