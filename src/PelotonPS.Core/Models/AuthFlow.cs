namespace PelotonPS
{
    /// <summary>How a session got its tokens.</summary>
    public enum AuthFlow
    {
        /// <summary>An access token supplied by the user (pasted from a browser, or PELOTONPS_ACCESS_TOKEN).</summary>
        Token,
        /// <summary>The scripted web login (Auth0 authorization code with PKCE, web client id).</summary>
        Web,
        /// <summary>The OAuth password grant with the mobile client id.</summary>
        Password,
    }
}
