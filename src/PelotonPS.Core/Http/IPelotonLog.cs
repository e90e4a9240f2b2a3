namespace PelotonPS.Http
{
    /// <summary>
    /// Where the engine reports what it does. The cmdlets forward it to the verbose, debug and warning streams.
    /// Implementations must be thread-safe: requests complete on pool threads. Never pass a secret.
    /// </summary>
    internal interface IPelotonLog
    {
        void Verbose(string message);

        void Debug(string message);

        void Warning(string message);
    }

    /// <summary>A log that drops everything, for callers that have nowhere to report.</summary>
    internal sealed class NullPelotonLog : IPelotonLog
    {
        public static readonly NullPelotonLog Instance = new();

        public void Verbose(string message) { }

        public void Debug(string message) { }

        public void Warning(string message) { }
    }
}
