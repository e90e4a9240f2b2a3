using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace PelotonPS.Commands.Completers
{
    /// <summary>Completes browse categories (cycling, strength, ...) from /api/browse_categories.</summary>
    public sealed class BrowseCategoryCompleter : CatalogCompleter
    {
        internal override async Task<IEnumerable<(string Value, string Description)>> CandidatesAsync(Session session, IDictionary? fakeBoundParameters, CancellationToken cancellationToken)
            => (await session.Catalog.BrowseCategoriesAsync(CatalogCompletion.Log, cancellationToken).ConfigureAwait(false))
                .Where(c => !string.IsNullOrEmpty(c.Slug)).Select(c => (c.Slug!, c.Name ?? c.Slug!));
    }
}
