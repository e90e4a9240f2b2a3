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
                    $"{name} '{Shown(uri)}' is not an absolute http or https address.",
                    $"Pass an address such as https://api.onepeloton.com to {name}.", Shown(uri));
            }

            if (uri.Scheme == Uri.UriSchemeHttp && !IsLoopback(uri))
            {
                throw new PelotonException(PelotonErrorIds.InsecureBaseUri, PelotonErrorCategory.SecurityError,
                    $"{name} '{Shown(uri)}' uses plain http, which would send the access token unencrypted. Plain http is allowed only for loopback addresses.",
                    $"Use an https address for {name}.", Shown(uri));
            }

            // A trailing slash makes relative paths such as "api/me" append instead of replacing the last segment.
            return uri.AbsolutePath.EndsWith("/", StringComparison.Ordinal) ? uri : new Uri(uri.AbsoluteUri + "/");
        }

        /// <summary>The address without user info or query, which could hold credentials, for messages.</summary>
        private static string Shown(Uri uri)
            => uri.IsAbsoluteUri ? uri.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.Unescaped) : "(relative address)";

        private static bool IsLoopback(Uri uri)
            => uri.IsLoopback || (IPAddress.TryParse(uri.DnsSafeHost, out IPAddress? address) && IPAddress.IsLoopback(address));
    }
}
