using System;

namespace PelotonPS.Auth
{
    /// <summary>
    /// The web login's mechanics failed (no _csrf cookie, an unexpected page, a changed form): not a verdict on
    /// the credentials, so the automatic flow may try the password grant instead.
    /// </summary>
    internal sealed class LoginMechanicsException : Exception
    {
        public LoginMechanicsException(string message, Exception? inner = null)
            : base(message, inner)
        {
        }
    }
}
