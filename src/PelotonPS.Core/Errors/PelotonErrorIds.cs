namespace PelotonPS.Errors
{
    /// <summary>
    /// Every error id PelotonPS reports. They are part of the public contract: scripts match on them,
    /// and about_PelotonPS explains each one, so never rename one.
    /// </summary>
    public static class PelotonErrorIds
    {
        public const string NotConnected = "PelotonNotConnected";
        public const string Unauthorized = "PelotonUnauthorized";
        public const string Forbidden = "PelotonForbidden";
        public const string LoginFailed = "PelotonLoginFailed";
        public const string LoginFlowFailed = "PelotonLoginFlowFailed";
        public const string SessionExpired = "PelotonSessionExpired";
        public const string RateLimited = "PelotonRateLimited";
        public const string ServiceUnavailable = "PelotonServiceUnavailable";
        public const string ConnectionFailed = "PelotonConnectionFailed";
        public const string Timeout = "PelotonTimeout";
        public const string ResponseInvalid = "PelotonResponseInvalid";
        public const string RequestRejected = "PelotonRequestRejected";
        public const string NotFound = "PelotonNotFound";
        public const string WorkoutNotFound = "PelotonWorkoutNotFound";
        public const string RideNotFound = "PelotonRideNotFound";
        public const string InstructorNotFound = "PelotonInstructorNotFound";
        public const string UserNotFound = "PelotonUserNotFound";
        public const string ClassTypeNotFound = "PelotonClassTypeNotFound";
        public const string AllAndFirstConflict = "AllAndFirstConflict";
        public const string InsecureBaseUri = "PelotonInsecureBaseUri";
        public const string InvalidBaseUri = "PelotonInvalidBaseUri";
        public const string InvalidArgument = "PelotonInvalidArgument";
        public const string InternalError = "PelotonInternalError";
        public const string ArchiveLocked = "PelotonArchiveLocked";
        public const string ArchiveNotFound = "PelotonArchiveNotFound";
        public const string ArchiveWriteFailed = "PelotonArchiveWriteFailed";
        public const string PersistenceUnavailable = "PelotonPersistenceUnavailable";
        public const string PersistedSessionInvalid = "PelotonPersistedSessionInvalid";
    }
}
