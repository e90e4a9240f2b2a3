using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace PelotonPS.Commands.Completers
{
    /// <summary>Completes class type names, narrowed to the -Discipline already typed when there is one.</summary>
    public sealed class ClassTypeCompleter : CatalogCompleter
    {
        internal override async Task<IEnumerable<(string Value, string Description)>> CandidatesAsync(Session session, IDictionary? fakeBoundParameters, CancellationToken cancellationToken)
        {
            string? discipline = fakeBoundParameters?["Discipline"]?.ToString();
            return (await session.Catalog.ClassTypeRowsAsync(CatalogCompletion.Log, cancellationToken).ConfigureAwait(false))
                .Where(t => !string.IsNullOrEmpty(t.Name))
                .Where(t => discipline is null || string.Equals(t.FitnessDiscipline, discipline, StringComparison.OrdinalIgnoreCase))
                .Select(t => (t.Name!, $"{t.DisplayName ?? t.Name} ({t.FitnessDiscipline})"));
        }
    }
}
