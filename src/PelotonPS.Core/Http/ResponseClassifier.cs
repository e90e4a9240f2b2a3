using System;
using System.Net.Http;

namespace PelotonPS.Http
{
    /// <summary>Turns a non-success answer into a <see cref="RequestFailure"/>.</summary>
    internal static class ResponseClassifier
    {
        public static RequestFailure Classify(HttpResponseMessage response, byte[] body, string endpoint)
        {
            int status = (int)response.StatusCode;
            (string? message, int? errorCode) = ApiErrorReader.Read(body);
            FailureKind kind = status switch
            {
                429 => FailureKind.RateLimited,
                401 => FailureKind.Unauthorized,
                402 or 403 => FailureKind.Forbidden,
                404 => FailureKind.NotFound,
                >= 500 => FailureKind.ServerError,
                _ => FailureKind.Rejected,
            };
            TimeSpan? retryAfter = RetryDelay.ParseRetryAfter(response.Headers.RetryAfter, DateTimeOffset.UtcNow);
            return new RequestFailure(kind, endpoint, status, message, errorCode, retryAfter);
        }
    }
}
