namespace PelotonPS
{
    /// <summary>Which login Connect-Peloton -Credential uses.</summary>
    public enum LoginFlow
    {
        /// <summary>The web login, and the password grant if the web login's mechanics fail (never after a rejected password).</summary>
        Auto,
        /// <summary>Only the scripted web login (Auth0 authorization code with PKCE).</summary>
        Web,
        /// <summary>Only the OAuth password grant with the mobile client id.</summary>
        Password,
    }
}
