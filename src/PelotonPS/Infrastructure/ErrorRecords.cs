using System;
using System.Management.Automation;
using PelotonPS.Errors;

namespace PelotonPS.Commands.Infrastructure
{
    /// <summary>Builds the ErrorRecords the cmdlets write: stable id, precise category, target, and what to do.</summary>
    internal static class ErrorRecords
    {
        public static ErrorRecord From(PelotonException exception)
        {
            var record = new ErrorRecord(exception, exception.ErrorId, ToCategory(exception.Category), exception.Target)
            {
                ErrorDetails = new ErrorDetails(exception.Message),
            };
            if (exception.RecommendedAction is not null)
            {
                record.ErrorDetails.RecommendedAction = exception.RecommendedAction;
            }

            return record;
        }

        public static ErrorRecord Create(string errorId, PelotonErrorCategory category, string message, string? recommendedAction, object? target)
            => From(new PelotonException(errorId, category, message, recommendedAction, target));

        public static ErrorCategory ToCategory(PelotonErrorCategory category)
            => Enum.TryParse(category.ToString(), out ErrorCategory mapped) ? mapped : ErrorCategory.NotSpecified;
    }
}
