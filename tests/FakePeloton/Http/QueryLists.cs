using Microsoft.AspNetCore.WebUtilities;

namespace FakePeloton.Http;

/// <summary>Every value of a query parameter that may repeat (duration=600&amp;duration=1200) or list values with commas.</summary>
internal static class QueryLists
{
    public static IReadOnlyList<string> Values(FakeRequest request, string name) =>
        QueryHelpers.ParseQuery(request.Query).TryGetValue(name, out var values)
            ? values
                .SelectMany(value => (value ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                .ToArray()
            : [];
}
