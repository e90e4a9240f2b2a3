namespace PelotonPS.Sessions
{
    /// <summary>
    /// The module's current session, per process (as PnP and Microsoft Graph keep theirs), so one Connect-Peloton
    /// serves every runspace, ForEach-Object -Parallel included. Cmdlets given -Session do not look here.
    /// </summary>
    internal static class SessionRegistry
    {
        private static readonly object Gate = new();
        private static Session? current;

        public static Session? Current
        {
            get { lock (Gate) { return current; } }
        }

        /// <summary>
        /// Makes <paramref name="session"/> current. The one it replaces stays open: a script may still hold it
        /// (Connect-Peloton -PassThru) to use two accounts side by side; only Disconnect-Peloton closes sessions.
        /// </summary>
        public static void SetCurrent(Session session)
        {
            lock (Gate)
            {
                current = session;
            }
        }

        /// <summary>Clears the current session if it is <paramref name="session"/> (or any, when null); returns what was cleared.</summary>
        public static Session? Clear(Session? session = null)
        {
            lock (Gate)
            {
                if (current is null || (session is not null && !ReferenceEquals(current, session)))
                {
                    return null;
                }

                Session cleared = current;
                current = null;
                return cleared;
            }
        }
    }
}
