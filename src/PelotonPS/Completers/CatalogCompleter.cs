using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Threading;
using System.Threading.Tasks;

namespace PelotonPS.Commands.Completers
{
    /// <summary>
    /// A completer whose values come from the current session's catalog (cached per session, time-boxed, silent when
    /// not connected: see <see cref="CatalogCompletion"/>). Each completer says only where its candidates come from.
    /// </summary>
    public abstract class CatalogCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            IEnumerable<(string Value, string Description)>? candidates = CatalogCompletion.Load((session, ct) => CandidatesAsync(session, fakeBoundParameters, ct));
            return CompletionResults.Matching(candidates ?? Enumerable.Empty<(string, string)>(), wordToComplete);
        }

        /// <summary>The values to offer, each with the text shown beside it.</summary>
        internal abstract Task<IEnumerable<(string Value, string Description)>> CandidatesAsync(Session session, IDictionary? fakeBoundParameters, CancellationToken cancellationToken);
    }
}
