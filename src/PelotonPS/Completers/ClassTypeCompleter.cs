using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using PelotonPS.Json.Dtos;

namespace PelotonPS.Commands.Completers
{
    /// <summary>Completes class type names, narrowed to the -Discipline already typed when there is one.</summary>
    public sealed class ClassTypeCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            string? discipline = fakeBoundParameters?["Discipline"]?.ToString();
            IReadOnlyList<ClassTypeDto>? types = CatalogCompletion.Load((s, ct) => s.Catalog.ClassTypeRowsAsync(CatalogCompletion.Log, ct));
            return CompletionResults.Matching((types ?? new List<ClassTypeDto>())
                .Where(t => !string.IsNullOrEmpty(t.Name))
                .Where(t => discipline is null || string.Equals(t.FitnessDiscipline, discipline, StringComparison.OrdinalIgnoreCase))
                .Select(t => (t.Name!, $"{t.DisplayName ?? t.Name} ({t.FitnessDiscipline})")), wordToComplete);
        }
    }
}
