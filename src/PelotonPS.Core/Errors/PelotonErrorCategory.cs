namespace PelotonPS.Errors
{
    /// <summary>
    /// The error categories PelotonPS uses. The names are the names of PowerShell's ErrorCategory
    /// members, so the cmdlets map them by name; the engine stays free of any PowerShell reference.
    /// </summary>
    public enum PelotonErrorCategory
    {
        NotSpecified,
        AuthenticationError,
        PermissionDenied,
        ObjectNotFound,
        InvalidArgument,
        InvalidOperation,
        InvalidData,
        InvalidResult,
        LimitsExceeded,
        ResourceUnavailable,
        ResourceBusy,
        ConnectionError,
        OperationTimeout,
        ProtocolError,
        SecurityError,
        WriteError,
        ReadError,
    }
}
