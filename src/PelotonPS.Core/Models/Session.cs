using System;
using PelotonPS.Api;
using PelotonPS.Auth;
using PelotonPS.Catalog;
using PelotonPS.Http;
using PelotonPS.Workouts;

namespace PelotonPS
{
    /// <summary>
    /// A signed-in connection to Peloton. Shows who is signed in and where; the tokens and the HTTP client stay
    /// internal, so no property, ToString or format view can reveal a secret.
    /// </summary>
    public sealed class Session
    {
        internal Session(string userId, string? username, Uri apiBaseUri, Uri authBaseUri, AuthFlow authFlow,
            TokenManager tokens, PelotonHttpClient http)
        {
            UserId = userId;
            Username = username;
            ApiBaseUri = apiBaseUri;
            AuthBaseUri = authBaseUri;
            AuthFlow = authFlow;
            Tokens = tokens;
            Http = http;
            Api = new PelotonApi(http);
            Workouts = new WorkoutService(Api);
            Catalog = new CatalogService(Api);
            Rides = new RideService(Api, Catalog);
            Users = new UserService(Api);
        }

        public string UserId { get; }

        public string? Username { get; }

        /// <summary>When the current access token expires (local time); null when unknown.</summary>
        public DateTime? ExpiresAt => Tokens.ExpiresAt?.LocalDateTime;

        public Uri ApiBaseUri { get; }

        public Uri AuthBaseUri { get; }

        public AuthFlow AuthFlow { get; }

        /// <summary>Whether the tokens are saved for later sessions (Connect-Peloton -Persist).</summary>
        public bool Persisted { get; internal set; }

        /// <summary>False once Disconnect-Peloton has closed the session.</summary>
        public bool IsOpen { get; private set; } = true;

        internal TokenManager Tokens { get; }

        internal PelotonHttpClient Http { get; }

        internal PelotonApi Api { get; }

        internal WorkoutService Workouts { get; }

        internal CatalogService Catalog { get; }

        internal RideService Rides { get; }

        internal UserService Users { get; }

        public override string ToString() => $"{Username ?? UserId} ({UserId})";

        internal void Close()
        {
            IsOpen = false;
            Http.Dispose();
        }
    }
}
