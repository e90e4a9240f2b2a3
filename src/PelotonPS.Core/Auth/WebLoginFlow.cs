using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using PelotonPS.Http;

namespace PelotonPS.Auth
{
    /// <summary>
    /// Flow A (peloton-api.md 2.2): replays the browser's Auth0 login with PKCE and the web client id. One cookie
    /// jar for the whole flow; redirects are followed by hand and the flow stops at the first URL carrying the
    /// code, so the members site is never loaded. Mechanics failures raise <see cref="LoginMechanicsException"/>;
    /// a rejected password is a PelotonLoginFailed at once.
    /// </summary>
    internal sealed class WebLoginFlow
    {
        private const int MaxRedirects = 10;
        private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

        private readonly Uri authBaseUri;
        private readonly AuthSettings settings;
        private readonly AuthTransport transport;

        private WebLoginFlow(Uri authBaseUri, AuthSettings settings, HttpClient http, TimeSpan timeout)
        {
            this.authBaseUri = authBaseUri;
            this.settings = settings;
            transport = new AuthTransport(http, timeout);
        }

        public static async Task<TokenSet> LoginAsync(Uri authBaseUri, AuthSettings settings, NetworkCredential credential, TimeSpan timeout,
            IPelotonLog log, CancellationToken cancellationToken)
        {
            var jar = new CookieContainer();
            using HttpClient http = HttpClientFactory.CreateForLogin(jar);
            var flow = new WebLoginFlow(authBaseUri, settings, http, timeout);
            return await flow.RunAsync(jar, credential, log, cancellationToken).ConfigureAwait(false);
        }

        private async Task<TokenSet> RunAsync(CookieContainer jar, NetworkCredential credential, IPelotonLog log, CancellationToken cancellationToken)
        {
            Pkce pkce = Pkce.Create();

            // Step 2: the authorize endpoint redirects to the hosted login page, with Auth0's own state and a _csrf cookie.
            (AuthResponse loginPage, _) = await FollowAsync(AuthorizeUri(pkce), log, cancellationToken).ConfigureAwait(false);
            if (loginPage.Status != 200)
            {
                throw new LoginMechanicsException($"the authorize step ended with HTTP {loginPage.Status} instead of the login page");
            }

            string auth0State = QueryValue(loginPage.RequestUri, "state")
                ?? throw new LoginMechanicsException("the login page's address carries no state");
            string csrf = CsrfCookie(jar) ?? throw new LoginMechanicsException("Missing CSRF token: the login page set no _csrf cookie");

            // Step 3: the credentials, as the page's script posts them.
            AuthResponse posted = await transport.PostJsonAsync(new Uri(authBaseUri, "usernamepassword/login"),
                CredentialBody(credential, pkce, auth0State, csrf), LoginHeaders(loginPage.RequestUri), log, cancellationToken).ConfigureAwait(false);
            Uri next = await NextAfterCredentialsAsync(posted, log, cancellationToken).ConfigureAwait(false);

            // Step 5: walk the redirects to the one that carries the code.
            string code = await FollowToCodeAsync(next, pkce, log, cancellationToken).ConfigureAwait(false);

            // Step 6: exchange the code.
            var endpoint = new TokenEndpoint(transport, authBaseUri);
            return await endpoint.ExchangeCodeAsync(settings, code, pkce, log, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>After the credential post: a redirect to follow, or the hidden form to post (step 4).</summary>
        private async Task<Uri> NextAfterCredentialsAsync(AuthResponse posted, IPelotonLog log, CancellationToken cancellationToken)
        {
            if (posted.Status == 429)
            {
                throw LoginErrors.RateLimited(posted.RetryAfter);
            }

            if (posted.Status == 401 || (posted.Status == 403 && !LooksLikeCsrfFailure(posted)))
            {
                throw LoginErrors.CredentialsRejected(Auth0Description(posted));
            }

            if (posted.IsRedirect)
            {
                return posted.Location!;
            }

            if (posted.Status != 200)
            {
                throw new LoginMechanicsException($"the credential step answered HTTP {posted.Status}");
            }

            HiddenForm form = HiddenForm.Parse(posted.Text, posted.RequestUri, new Uri(authBaseUri, "login/callback"))
                ?? throw new LoginMechanicsException("the credential step answered a page without the expected form");
            log.Verbose($"Posting the login form to {form.Action.GetLeftPart(UriPartial.Path)}.");
            AuthResponse callback = await transport.PostFormAsync(form.Action, form.Fields,
                new Dictionary<string, string> { ["Accept"] = BrowserAccept, ["Referer"] = authBaseUri.GetLeftPart(UriPartial.Authority) + "/" },
                log, cancellationToken).ConfigureAwait(false);
            return callback.IsRedirect
                ? callback.Location!
                : throw new LoginMechanicsException($"the login callback answered HTTP {callback.Status} instead of a redirect");
        }

        private async Task<string> FollowToCodeAsync(Uri start, Pkce pkce, IPelotonLog log, CancellationToken cancellationToken)
        {
            if (QueryValue(start, "code") is { } immediate)
            {
                return CheckState(start, immediate, pkce);
            }

            (AuthResponse last, Uri? codeUri) = await FollowAsync(start, log, cancellationToken).ConfigureAwait(false);
            if (codeUri is null)
            {
                throw new LoginMechanicsException($"the redirects ended at HTTP {last.Status} without an authorization code");
            }

            return CheckState(codeUri, QueryValue(codeUri, "code")!, pkce);
        }

        /// <summary>GETs and follows redirects by hand until a page, or until a redirect target carries a code (not requested).</summary>
        private async Task<(AuthResponse Last, Uri? CodeUri)> FollowAsync(Uri start, IPelotonLog log, CancellationToken cancellationToken)
        {
            Uri current = start;
            for (int hop = 0; hop <= MaxRedirects; hop++)
            {
                AuthResponse response = await transport.GetAsync(current, log, cancellationToken).ConfigureAwait(false);
                if (!response.IsRedirect)
                {
                    return (response, null);
                }

                Uri next = response.Location!;
                if (QueryValue(next, "code") is not null)
                {
                    return (response, next);
                }

                if (QueryValue(next, "error") is { } error)
                {
                    // Auth0 refused the login and sends the browser away with the reason; there is nothing to load.
                    throw new LoginMechanicsException($"the login server answered {error}: {QueryValue(next, "error_description")}");
                }

                if (next.Scheme != Uri.UriSchemeHttps && !(next.Scheme == Uri.UriSchemeHttp && current.Scheme == Uri.UriSchemeHttp))
                {
                    throw new LoginMechanicsException($"a redirect to {next.GetLeftPart(UriPartial.Authority)} that PelotonPS will not follow");
                }

                current = next;
            }

            throw new LoginMechanicsException($"more than {MaxRedirects} redirects");
        }

        private static string CheckState(Uri codeUri, string code, Pkce pkce)
            => QueryValue(codeUri, "state") is { } state && state != pkce.State
                ? throw new LoginMechanicsException("the redirect's state does not match the one this login sent")
                : code;

        private Uri AuthorizeUri(Pkce pkce)
        {
            var query = new Dictionary<string, string>
            {
                ["client_id"] = settings.WebClientId,
                ["audience"] = settings.Audience,
                ["scope"] = settings.WebScope,
                ["response_type"] = "code",
                ["response_mode"] = "query",
                ["redirect_uri"] = settings.RedirectUri,
                ["state"] = pkce.State,
                ["nonce"] = pkce.Nonce,
                ["code_challenge"] = pkce.Challenge,
                ["code_challenge_method"] = "S256",
                ["auth0Client"] = settings.Auth0Client,
            };
            return new Uri(authBaseUri, "authorize?" + string.Join("&", query.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value))));
        }

        private Dictionary<string, string> CredentialBody(NetworkCredential credential, Pkce pkce, string auth0State, string csrf) => new()
        {
            ["client_id"] = settings.WebClientId,
            ["redirect_uri"] = settings.RedirectUri,
            ["tenant"] = settings.Tenant,
            ["response_type"] = "code",
            ["scope"] = settings.WebScope,
            ["audience"] = settings.Audience,
            ["_csrf"] = csrf,
            ["state"] = auth0State,
            ["_intstate"] = "deprecated",
            ["nonce"] = pkce.Nonce,
            ["username"] = credential.UserName,
            ["password"] = credential.Password,
            ["connection"] = settings.Connection,
            ["code_challenge"] = pkce.Challenge,
            ["code_challenge_method"] = "S256",
        };

        private Dictionary<string, string> LoginHeaders(Uri loginPage) => new()
        {
            ["Accept"] = "*/*",
            ["Origin"] = authBaseUri.GetLeftPart(UriPartial.Authority),
            ["Referer"] = loginPage.AbsoluteUri,
            ["Auth0-Client"] = settings.Auth0Client,
        };

        /// <summary>Auth0 scopes the _csrf cookie to /usernamepassword/login; any _csrf cookie will do if that one is missing.</summary>
        private string? CsrfCookie(CookieContainer jar)
        {
            Cookie? scoped = jar.GetCookies(new Uri(authBaseUri, "usernamepassword/login"))["_csrf"];
            return scoped?.Value ?? jar.GetCookies(authBaseUri)["_csrf"]?.Value;
        }

        private static bool LooksLikeCsrfFailure(AuthResponse response)
        {
            string text = response.Text;
            return text.IndexOf("csrf", StringComparison.OrdinalIgnoreCase) >= 0 || text.IndexOf("invalid state", StringComparison.OrdinalIgnoreCase) >= 0;
        }

        private static string? Auth0Description(AuthResponse response)
        {
            try
            {
                using var json = System.Text.Json.JsonDocument.Parse(response.Body);
                return json.RootElement.TryGetProperty("description", out var d) && d.ValueKind == System.Text.Json.JsonValueKind.String ? d.GetString() : null;
            }
            catch (System.Text.Json.JsonException)
            {
                return null;
            }
        }

        private static string? QueryValue(Uri uri, string name)
        {
            foreach (string pair in uri.Query.TrimStart('?').Split('&'))
            {
                int equals = pair.IndexOf('=');
                string key = Uri.UnescapeDataString(equals < 0 ? pair : pair.Substring(0, equals));
                if (key == name)
                {
                    return equals < 0 ? string.Empty : Uri.UnescapeDataString(pair.Substring(equals + 1).Replace('+', ' '));
                }
            }

            return null;
        }
    }
}
