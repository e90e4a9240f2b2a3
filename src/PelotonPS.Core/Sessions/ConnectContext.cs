using System;
using PelotonPS.Http;
using PelotonPS.Persistence;

namespace PelotonPS.Sessions
{
    /// <summary>Everything a connection is made with, apart from the secrets: hosts, login constants, HTTP limits, and where to save.</summary>
    internal sealed class ConnectContext
    {
        public ConnectContext(PelotonEndpoints endpoints, AuthSettings auth, HttpSettings http, ITokenStore? store)
        {
            Endpoints = endpoints;
            Auth = auth;
            Http = http;
            Store = store;
        }

        public PelotonEndpoints Endpoints { get; }

        public AuthSettings Auth { get; }

        public HttpSettings Http { get; }

        /// <summary>Where to save the session and its renewals (-Persist); null keeps it in memory only.</summary>
        public ITokenStore? Store { get; }

        /// <summary>How long one login request may take.</summary>
        public TimeSpan LoginTimeout => Http.RequestTimeout;
    }
}
