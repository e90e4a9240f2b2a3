using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace PelotonPS.Commands.Completers
{
    /// <summary>Shared completion rules: trim the user's quotes, match by prefix ignoring case, quote values with spaces.</summary>
    internal static class CompletionResults
    {
        public static IEnumerable<CompletionResult> Matching(IEnumerable<(string Value, string Description)> candidates, string? wordToComplete)
        {
            string word = (wordToComplete ?? string.Empty).Trim('\'', '"');
            char quote = wordToComplete is { Length: > 0 } && (wordToComplete[0] == '"' || wordToComplete[0] == '\'') ? wordToComplete[0] : '\'';
            var pattern = new WildcardPattern(word + "*", WildcardOptions.IgnoreCase);
            return candidates
                .Where(c => pattern.IsMatch(c.Value))
                .Distinct()
                .OrderBy(c => c.Value, StringComparer.OrdinalIgnoreCase)
                .Select(c => new CompletionResult(Quote(c.Value, quote), c.Value, CompletionResultType.ParameterValue, string.IsNullOrEmpty(c.Description) ? c.Value : c.Description));
        }

        private static string Quote(string value, char quote)
            => value.IndexOfAny(new[] { ' ', '\'', '"', '$', '`', '(', ')', '{', '}', ';', ',' }) < 0
                ? value
                : quote == '"'
                    ? "\"" + value.Replace("\"", "`\"").Replace("$", "`$") + "\""
                    : "'" + CodeGeneration.EscapeSingleQuotedStringContent(value) + "'";
    }
}
