using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using PelotonPS.Errors;
using PelotonPS.Http;

namespace PelotonPS.Auth
{
    /// <summary>
    /// Sends the login server's requests. Logins are never retried automatically: a repeated credential
    /// failure can lock the account. Network faults become PelotonConnectionFailed or PelotonTimeout.
    /// </summary>
    internal sealed class AuthTransport
    {
        private readonly HttpClient http;
        private readonly TimeSpan timeout;

        public AuthTransport(HttpClient http, TimeSpan timeout)
        {
            this.http = http;
            this.timeout = timeout;
        }

        public Task<AuthResponse> GetAsync(Uri uri, IPelotonLog log, CancellationToken cancellationToken)
            => SendAsync(new HttpRequestMessage(HttpMethod.Get, uri), log, cancellationToken);

        public Task<AuthResponse> PostJsonAsync(Uri uri, IReadOnlyDictionary<string, string> body, IReadOnlyDictionary<string, string>? headers,
            IPelotonLog log, CancellationToken cancellationToken)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, uri)
            {
                Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"),
            };
            AddHeaders(request, headers);
            return SendAsync(request, log, cancellationToken);
        }

        public Task<AuthResponse> PostFormAsync(Uri uri, IEnumerable<KeyValuePair<string, string>> fields, IReadOnlyDictionary<string, string>? headers,
            IPelotonLog log, CancellationToken cancellationToken)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new FormUrlEncodedContent(fields) };
            AddHeaders(request, headers);
            return SendAsync(request, log, cancellationToken);
        }

        private static void AddHeaders(HttpRequestMessage request, IReadOnlyDictionary<string, string>? headers)
        {
            foreach (KeyValuePair<string, string> header in headers ?? new Dictionary<string, string>())
            {
                request.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        private async Task<AuthResponse> SendAsync(HttpRequestMessage request, IPelotonLog log, CancellationToken cancellationToken)
        {
            // Only method and path: queries and bodies of the login carry codes, states and passwords.
            string endpoint = $"{request.Method} {request.RequestUri!.GetLeftPart(UriPartial.Path)}";
            using (request)
            using (var attemptTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                attemptTimeout.CancelAfter(timeout);
                log.Verbose(endpoint);
                try
                {
                    using HttpResponseMessage response = await http.SendAsync(request, attemptTimeout.Token).ConfigureAwait(false);
                    byte[] body = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
                    log.Debug($"{endpoint}: HTTP {(int)response.StatusCode}");
                    return new AuthResponse(response.StatusCode, request.RequestUri, response.Headers.Location, body,
                        RetryDelay.ParseRetryAfter(response.Headers.RetryAfter, DateTimeOffset.UtcNow));
                }
                catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
                {
                    throw new PelotonException(PelotonErrorIds.Timeout, PelotonErrorCategory.OperationTimeout,
                        $"Peloton's login server did not answer {endpoint} in time.", "Check the network connection and try again.", endpoint, ex);
                }
                catch (Exception ex) when (ex is HttpRequestException or IOException)
                {
                    throw new PelotonException(PelotonErrorIds.ConnectionFailed, PelotonErrorCategory.ConnectionError,
                        $"Could not reach Peloton's login server for {endpoint}: {ex.GetBaseException().Message}",
                        "Check the network connection, proxy and firewall, then try again.", endpoint, ex);
                }
            }
        }
    }
}
