using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using PelotonPS.Catalog;

namespace PelotonPS.Commands.Completers
{
    /// <summary>Completes fitness disciplines from the known list; not a ValidateSet, because Peloton adds new ones.</summary>
    public sealed class FitnessDisciplineCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
            => CompletionResults.Matching(FitnessDisciplines.Known.Select(d => (d.Slug, d.DisplayName)), wordToComplete);
    }
}
