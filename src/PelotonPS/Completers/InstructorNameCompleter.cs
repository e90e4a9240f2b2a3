using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using PelotonPS.Json.Dtos;

namespace PelotonPS.Commands.Completers
{
    /// <summary>Completes instructor names (quoted, since most have a space) from the session's instructor list.</summary>
    public sealed class InstructorNameCompleter : CatalogCompleter
    {
        internal override async Task<IEnumerable<(string Value, string Description)>> CandidatesAsync(Session session, IDictionary? fakeBoundParameters, CancellationToken cancellationToken)
            => (await session.Catalog.InstructorRowsAsync(CatalogCompletion.Log, cancellationToken).ConfigureAwait(false))
                .Where(i => !string.IsNullOrEmpty(i.Name)).Select(i => (i.Name!, Description(i)));

        private static string Description(InstructorDto instructor)
            => instructor.FitnessDisciplines is { Count: > 0 } disciplines ? $"{instructor.Name} ({string.Join(", ", disciplines)})" : instructor.Name!;
    }
}
