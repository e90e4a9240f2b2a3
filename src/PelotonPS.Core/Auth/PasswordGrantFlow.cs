using System;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using PelotonPS.Http;

namespace PelotonPS.Auth
{
    /// <summary>Flow B (peloton-api.md 2.3): the password grant with the mobile client id, in one request.</summary>
    internal static class PasswordGrantFlow
    {
        public static async Task<TokenSet> LoginAsync(Uri authBaseUri, AuthSettings settings, NetworkCredential credential, TimeSpan timeout,
            IPelotonLog log, CancellationToken cancellationToken)
        {
            using var http = HttpClientFactory.Create();
            var endpoint = new TokenEndpoint(new AuthTransport(http, timeout), authBaseUri);
            return await endpoint.PasswordGrantAsync(settings, credential.UserName, credential.Password, log, cancellationToken).ConfigureAwait(false);
        }
    }
}
