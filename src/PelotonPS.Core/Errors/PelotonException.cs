using System;

namespace PelotonPS.Errors
{
    /// <summary>
    /// The one exception type the engine throws for failures a user can meet. The cmdlets turn it into an
    /// ErrorRecord with <see cref="ErrorId"/> as the FullyQualifiedErrorId. Messages never carry a secret.
    /// </summary>
    public sealed class PelotonException : Exception
    {
        public PelotonException(string errorId, PelotonErrorCategory category, string message,
            string? recommendedAction = null, object? target = null, Exception? innerException = null)
            : base(message, innerException)
        {
            ErrorId = errorId;
            Category = category;
            RecommendedAction = recommendedAction;
            Target = target;
        }

        public string ErrorId { get; }

        public PelotonErrorCategory Category { get; }

        public string? RecommendedAction { get; }

        /// <summary>The id or endpoint the failure is about, for ErrorRecord.TargetObject.</summary>
        public object? Target { get; }

        /// <summary>The HTTP status, when the failure came from an HTTP answer.</summary>
        public int? StatusCode { get; init; }

        /// <summary>The API's own error_code, when its error body carried one.</summary>
        public int? ApiErrorCode { get; init; }

        /// <summary>A copy with another id, category and message, for callers that know what a 404 means.</summary>
        public PelotonException WithMeaning(string errorId, PelotonErrorCategory category, string message, object? target, string? recommendedAction = null)
            => new(errorId, category, message, recommendedAction, target, this) { StatusCode = StatusCode, ApiErrorCode = ApiErrorCode };
    }
}
