using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using PelotonPS.Json.Dtos;

namespace PelotonPS.Commands.Completers
{
    /// <summary>Completes instructor names (quoted, since most have a space) from the session's instructor list.</summary>
    public sealed class InstructorNameCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            IReadOnlyList<InstructorDto>? instructors = CatalogCompletion.Load((s, ct) => s.Catalog.InstructorRowsAsync(CatalogCompletion.Log, ct));
            return CompletionResults.Matching((instructors ?? new List<InstructorDto>())
                .Where(i => !string.IsNullOrEmpty(i.Name)).Select(i => (i.Name!, RideDescription(i))), wordToComplete);
        }

        private static string RideDescription(InstructorDto instructor)
            => instructor.FitnessDisciplines is { Count: > 0 } disciplines ? $"{instructor.Name} ({string.Join(", ", disciplines)})" : instructor.Name!;
    }
}
