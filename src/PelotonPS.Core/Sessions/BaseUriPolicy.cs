using System;
using System.Net;
using PelotonPS.Errors;

namespace PelotonPS.Sessions
{
    /// <summary>Checks a base URI: absolute, https, or plain http only to a loopback address (the fake server, a debugging proxy).</summary>
    internal static class BaseUriPolicy
    {
        public static Uri Validate(Uri uri, string name)
        {
            if (!uri.IsAbsoluteUri || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            {
                throw new PelotonException(PelotonErrorIds.InvalidBaseUri, PelotonErrorCategory.InvalidArgument,
                    $"{name} '{uri}' is not an absolute http or https address.",
                    $"Pass an address such as https://api.onepeloton.com to {name}.", uri);
            }

            if (uri.Scheme == Uri.UriSchemeHttp && !IsLoopback(uri))
            {
                throw new PelotonException(PelotonErrorIds.InsecureBaseUri, PelotonErrorCategory.SecurityError,
                    $"{name} '{uri}' uses plain http, which would send the access token unencrypted. Plain http is allowed only for loopback addresses.",
                    $"Use an https address for {name}.", uri);
            }

            // A trailing slash makes relative paths such as "api/me" append instead of replacing the last segment.
            return uri.AbsolutePath.EndsWith("/", StringComparison.Ordinal) ? uri : new Uri(uri.AbsoluteUri + "/");
        }

        private static bool IsLoopback(Uri uri)
            => uri.IsLoopback || (IPAddress.TryParse(uri.DnsSafeHost, out IPAddress? address) && IPAddress.IsLoopback(address));
    }
}
