using System;
using System.Globalization;
using PelotonPS.Errors;

namespace PelotonPS.Http
{
    /// <summary>One failed attempt: whether it is worth retrying, and the error the user gets if retries run out.</summary>
    internal sealed class RequestFailure
    {
        public RequestFailure(FailureKind kind, string endpoint, int? statusCode = null, string? apiMessage = null,
            int? apiErrorCode = null, TimeSpan? retryAfter = null, Exception? cause = null)
        {
            Kind = kind;
            Endpoint = endpoint;
            StatusCode = statusCode;
            ApiMessage = apiMessage;
            ApiErrorCode = apiErrorCode;
            RetryAfter = retryAfter;
            Cause = cause;
        }

        public FailureKind Kind { get; }

        public string Endpoint { get; }

        public int? StatusCode { get; }

        public string? ApiMessage { get; }

        public int? ApiErrorCode { get; }

        public TimeSpan? RetryAfter { get; }

        public Exception? Cause { get; }

        /// <summary>Rate limits, 5xx, network faults, timeouts and broken bodies may pass; other answers will not.</summary>
        public bool IsTransient => Kind switch
        {
            FailureKind.RateLimited or FailureKind.ConnectionFailed or FailureKind.Timeout or FailureKind.InvalidBody => true,
            FailureKind.ServerError => StatusCode is 500 or 502 or 503 or 504,
            _ => false,
        };

        /// <summary>A short description for retry notices in the verbose stream.</summary>
        public string Describe() => Kind switch
        {
            FailureKind.RateLimited => "HTTP 429 (rate limited)",
            FailureKind.ServerError => $"HTTP {StatusCode}",
            FailureKind.ConnectionFailed => "connection failed",
            FailureKind.Timeout => "timed out",
            FailureKind.InvalidBody => "the body was not complete JSON",
            _ => StatusCode.HasValue ? $"HTTP {StatusCode}" : Kind.ToString(),
        };

        /// <summary>The error for the user once no retry is left. Names the endpoint, never a token.</summary>
        public PelotonException ToException(int attempts)
        {
            string tries = attempts > 1 ? string.Format(CultureInfo.InvariantCulture, " after {0} attempts", attempts) : string.Empty;
            string detail = ApiMessage is null ? string.Empty : $": {ApiMessage}";
            (string id, PelotonErrorCategory category, string message, string action) = Kind switch
            {
                FailureKind.RateLimited => (PelotonErrorIds.RateLimited, PelotonErrorCategory.LimitsExceeded,
                    $"Peloton is limiting the request rate: {Endpoint} still answered HTTP 429{tries}.",
                    "Wait a few minutes and run the command again. For large downloads, lower -ThrottleLimit."),
                FailureKind.ServerError => (PelotonErrorIds.ServiceUnavailable, PelotonErrorCategory.ResourceUnavailable,
                    $"Peloton's service is unavailable: {Endpoint} answered HTTP {StatusCode}{tries}{detail}.",
                    "Peloton may be down or under maintenance. Try again later."),
                FailureKind.ConnectionFailed => (PelotonErrorIds.ConnectionFailed, PelotonErrorCategory.ConnectionError,
                    $"Could not reach Peloton for {Endpoint}{tries}: {Cause?.GetBaseException().Message}",
                    "Check the network connection, proxy and firewall, then try again."),
                FailureKind.Timeout => (PelotonErrorIds.Timeout, PelotonErrorCategory.OperationTimeout,
                    $"{Endpoint} did not answer in time{tries}.",
                    "Check the network connection and try again; Peloton may be slow right now."),
                FailureKind.InvalidBody => (PelotonErrorIds.ResponseInvalid, PelotonErrorCategory.InvalidResult,
                    $"Peloton's answer to {Endpoint} was not the JSON expected{tries}: {Cause?.Message ?? "empty body"}",
                    "Try again. If it keeps happening, Peloton may have changed its API: report it with the -Verbose output."),
                FailureKind.Unauthorized => (PelotonErrorIds.Unauthorized, PelotonErrorCategory.AuthenticationError,
                    $"Peloton rejected the access token for {Endpoint} (HTTP 401{detail}).",
                    "Run Connect-Peloton to sign in again or to supply a fresh access token."),
                FailureKind.Forbidden => (PelotonErrorIds.Forbidden, PelotonErrorCategory.PermissionDenied,
                    $"Peloton refused {Endpoint} (HTTP {StatusCode}{detail}).",
                    "The account may lack a subscription or access to this data, or the profile is private."),
                FailureKind.NotFound => (PelotonErrorIds.NotFound, PelotonErrorCategory.ObjectNotFound,
                    $"Peloton has nothing at {Endpoint} (HTTP 404{detail}).", "Check the id."),
                _ => (PelotonErrorIds.RequestRejected, PelotonErrorCategory.InvalidArgument,
                    $"Peloton rejected {Endpoint} (HTTP {StatusCode}{detail}).",
                    "Check the parameters. If they are right, Peloton may have changed its API: report it with the -Verbose output."),
            };
            return new PelotonException(id, category, message, action, Endpoint, Cause)
            {
                StatusCode = StatusCode,
                ApiErrorCode = ApiErrorCode,
            };
        }
    }
}
