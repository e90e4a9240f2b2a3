namespace PelotonPS.Http
{
    /// <summary>What went wrong with one HTTP attempt.</summary>
    internal enum FailureKind
    {
        RateLimited,
        ServerError,
        ConnectionFailed,
        Timeout,
        InvalidBody,
        Unauthorized,
        Forbidden,
        NotFound,
        Rejected,
    }
}
