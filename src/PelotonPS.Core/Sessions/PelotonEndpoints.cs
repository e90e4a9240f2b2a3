using System;
using PelotonPS.Errors;

namespace PelotonPS.Sessions
{
    /// <summary>
    /// The two hosts a session talks to: parameters win over PELOTONPS_* variables, which win over the hosts a saved
    /// session remembers, which win over the defaults.
    /// </summary>
    internal sealed class PelotonEndpoints
    {
        public static readonly Uri DefaultApiBaseUri = new("https://api.onepeloton.com/");
        public static readonly Uri DefaultAuthBaseUri = new("https://auth.onepeloton.com/");

        private PelotonEndpoints(Uri api, Uri auth)
        {
            ApiBaseUri = api;
            AuthBaseUri = auth;
        }

        public Uri ApiBaseUri { get; }

        public Uri AuthBaseUri { get; }

        public static PelotonEndpoints Resolve(Uri? apiBaseUri, Uri? authBaseUri, string? savedApiBaseUri = null, string? savedAuthBaseUri = null)
        {
            Uri api = apiBaseUri ?? FromEnvironment(PelotonEnvironment.ApiBaseUri) ?? Saved(savedApiBaseUri) ?? DefaultApiBaseUri;
            Uri auth = authBaseUri ?? FromEnvironment(PelotonEnvironment.AuthBaseUri) ?? Saved(savedAuthBaseUri) ?? DefaultAuthBaseUri;
            return new PelotonEndpoints(BaseUriPolicy.Validate(api, "ApiBaseUri"), BaseUriPolicy.Validate(auth, "AuthBaseUri"));
        }

        private static Uri? Saved(string? uri) => Uri.TryCreate(uri, UriKind.Absolute, out Uri? parsed) ? parsed : null;

        private static Uri? FromEnvironment(string variable)
        {
            string? value = PelotonEnvironment.Get(variable);
            if (value is null)
            {
                return null;
            }

            return Uri.TryCreate(value, UriKind.Absolute, out Uri? uri)
                ? uri
                : throw new PelotonException(PelotonErrorIds.InvalidBaseUri, PelotonErrorCategory.InvalidArgument,
                    $"The environment variable {variable} holds '{value}', which is not an absolute URI.",
                    $"Set {variable} to an address such as https://api.onepeloton.com, or remove it.", variable);
        }
    }
}
