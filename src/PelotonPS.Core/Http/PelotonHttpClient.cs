using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace PelotonPS.Http
{
    /// <summary>
    /// The one place where PelotonPS talks to the data API: one HttpClient per session (connection reuse),
    /// the headers Peloton expects, a timeout per attempt, the refresh-once-after-401 rule, and retries.
    /// Retries are a small loop rather than Polly: the policy is a few lines, fully tested here, and one DLL
    /// fewer can clash with other modules in the same PowerShell process.
    /// </summary>
    internal sealed class PelotonHttpClient : IDisposable
    {
        private readonly HttpClient http;
        private readonly IAccessTokenSource tokens;
        private readonly RateLimitPause pause = new();

        public PelotonHttpClient(Uri baseUri, IAccessTokenSource tokens, HttpSettings settings, HttpMessageHandler? handler = null)
        {
            BaseUri = baseUri;
            this.tokens = tokens;
            Settings = settings;
            http = HttpClientFactory.Create(handler);
        }

        public Uri BaseUri { get; }

        public HttpSettings Settings { get; }

        /// <summary>GETs <paramref name="relativeUri"/> and parses the body; retries what may pass, throws PelotonException otherwise.</summary>
        public async Task<T> GetAsync<T>(string relativeUri, Func<byte[], T> parse, IPelotonLog log, CancellationToken cancellationToken)
        {
            string endpoint = "GET /" + relativeUri;
            bool renewed = false;
            int attempt = 0;
            while (true)
            {
                attempt++;
                await pause.WaitAsync(log, cancellationToken).ConfigureAwait(false);
                string token = await tokens.GetAccessTokenAsync(log, cancellationToken).ConfigureAwait(false);
                log.Verbose(attempt == 1 ? endpoint : $"{endpoint} (attempt {attempt} of {Settings.MaxAttempts})");
                (T? value, RequestFailure? failure) = await SendOnceAsync(relativeUri, endpoint, token, parse, log, cancellationToken).ConfigureAwait(false);
                if (failure is null)
                {
                    return value!;
                }

                if (failure.Kind == FailureKind.Unauthorized && !renewed)
                {
                    renewed = true;
                    if (await tokens.RenewAfterRejectionAsync(token, log, cancellationToken).ConfigureAwait(false))
                    {
                        attempt--; // the retry after a refresh is not counted against the transient-fault budget
                        continue;
                    }
                }

                if (failure.IsTransient && attempt < Settings.MaxAttempts)
                {
                    TimeSpan delay = RetryDelay.For(attempt, failure.RetryAfter, Settings);
                    if (failure.Kind == FailureKind.RateLimited)
                    {
                        pause.Until(DateTimeOffset.UtcNow + delay); // every request of this session waits, not only this one
                    }

                    log.Verbose(string.Format(CultureInfo.InvariantCulture, "{0}: {1}; retrying in {2}.", endpoint, failure.Describe(), RetryDelay.Describe(delay)));
                    await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                throw failure.ToException(attempt);
            }
        }

        public void Dispose() => http.Dispose();

        private async Task<(T? Value, RequestFailure? Failure)> SendOnceAsync<T>(string relativeUri, string endpoint, string token,
            Func<byte[], T> parse, IPelotonLog log, CancellationToken cancellationToken)
        {
            using var attemptTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            attemptTimeout.CancelAfter(Settings.RequestTimeout);
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(BaseUri, relativeUri));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            request.Headers.Add("Peloton-Platform", "web");
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            var stopwatch = Stopwatch.StartNew();
            try
            {
                using HttpResponseMessage response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, attemptTimeout.Token).ConfigureAwait(false);
                byte[] body;
                try
                {
                    body = await ReadBodyAsync(response.Content, attemptTimeout.Token).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is IOException or HttpRequestException or InvalidDataException)
                {
                    // Peloton answered, but the body ended early or did not decompress: a broken answer, not an unreachable server.
                    return (default, new RequestFailure(FailureKind.InvalidBody, endpoint, (int)response.StatusCode, cause: ex));
                }

                log.Debug(string.Format(CultureInfo.InvariantCulture, "{0}: HTTP {1}, {2} bytes in {3} ms", endpoint, (int)response.StatusCode, body.Length, stopwatch.ElapsedMilliseconds));
                return response.IsSuccessStatusCode
                    ? ParseBody(body, endpoint, parse)
                    : (default, ResponseClassifier.Classify(response, body, endpoint));
            }
            catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
            {
                return (default, new RequestFailure(FailureKind.Timeout, endpoint, cause: ex));
            }
            catch (ObjectDisposedException ex)
            {
                throw new Errors.PelotonException(Errors.PelotonErrorIds.NotConnected, Errors.PelotonErrorCategory.AuthenticationError,
                    $"The session was closed by Disconnect-Peloton while {endpoint} was in flight.", "Run Connect-Peloton to open a new session.", endpoint, ex);
            }
            catch (Exception ex) when (ex is HttpRequestException or IOException)
            {
                return (default, new RequestFailure(FailureKind.ConnectionFailed, endpoint, cause: ex));
            }
        }

        private static (T? Value, RequestFailure? Failure) ParseBody<T>(byte[] body, string endpoint, Func<byte[], T> parse)
        {
            if (body.Length == 0)
            {
                return (default, new RequestFailure(FailureKind.InvalidBody, endpoint, statusCode: 200));
            }

            try
            {
                return (parse(body), null);
            }
            catch (JsonException ex)
            {
                return (default, new RequestFailure(FailureKind.InvalidBody, endpoint, statusCode: 200, cause: ex));
            }
        }

        private static async Task<byte[]> ReadBodyAsync(HttpContent content, CancellationToken cancellationToken)
        {
            long? length = content.Headers.ContentLength;
            using Stream stream = await content.ReadAsStreamAsync().ConfigureAwait(false);
            using var buffer = new MemoryStream(length is > 0 and < int.MaxValue ? (int)length.Value : 16 * 1024);
            await stream.CopyToAsync(buffer, 81920, cancellationToken).ConfigureAwait(false);
            return buffer.ToArray();
        }
    }
}
