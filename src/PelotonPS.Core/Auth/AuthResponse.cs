using System;
using System.Net;
using System.Text;

namespace PelotonPS.Auth
{
    /// <summary>One answer from the login server, read whole: status, redirect target and body.</summary>
    internal sealed class AuthResponse
    {
        public AuthResponse(HttpStatusCode status, Uri requestUri, Uri? location, byte[] body, TimeSpan? retryAfter)
        {
            Status = (int)status;
            RequestUri = requestUri;
            Location = location is null ? null : location.IsAbsoluteUri ? location : new Uri(requestUri, location);
            Body = body;
            RetryAfter = retryAfter;
        }

        public int Status { get; }

        public Uri RequestUri { get; }

        /// <summary>The redirect target made absolute, or null.</summary>
        public Uri? Location { get; }

        public byte[] Body { get; }

        public TimeSpan? RetryAfter { get; }

        public bool IsRedirect => Status is >= 300 and < 400 && Location is not null;

        public string Text => Encoding.UTF8.GetString(Body);

        public override string ToString() => $"HTTP {Status} from {RequestUri.GetLeftPart(UriPartial.Path)}";
    }
}
