using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using PelotonPS.Json.Dtos;

namespace PelotonPS.Commands.Completers
{
    /// <summary>Completes browse categories (cycling, strength, ...) from /api/browse_categories.</summary>
    public sealed class BrowseCategoryCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            IReadOnlyList<BrowseCategoryDto>? categories = CatalogCompletion.Load((s, ct) => s.Catalog.BrowseCategoriesAsync(CatalogCompletion.Log, ct));
            return CompletionResults.Matching((categories ?? new List<BrowseCategoryDto>())
                .Where(c => !string.IsNullOrEmpty(c.Slug)).Select(c => (c.Slug!, c.Name ?? c.Slug!)), wordToComplete);
        }
    }
}
