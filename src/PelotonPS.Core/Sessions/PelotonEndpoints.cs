using System;
using PelotonPS.Errors;

namespace PelotonPS.Sessions
{
    /// <summary>The two hosts a session talks to. Parameters win over PELOTONPS_* variables, which win over the defaults.</summary>
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

        public static PelotonEndpoints Resolve(Uri? apiBaseUri, Uri? authBaseUri)
        {
            Uri api = apiBaseUri ?? FromEnvironment(PelotonEnvironment.ApiBaseUri) ?? DefaultApiBaseUri;
            Uri auth = authBaseUri ?? FromEnvironment(PelotonEnvironment.AuthBaseUri) ?? DefaultAuthBaseUri;
            return new PelotonEndpoints(BaseUriPolicy.Validate(api, "ApiBaseUri"), BaseUriPolicy.Validate(auth, "AuthBaseUri"));
        }

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
