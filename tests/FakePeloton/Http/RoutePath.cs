namespace FakePeloton.Http;

/// <summary>Matches a path against a pattern such as "/api/workout/{}/performance_graph".</summary>
internal static class RoutePath
{
    private const string Capture = "{}";

    /// <summary>True when the segments match; each "{}" captures one non-empty segment.</summary>
    public static bool TryMatch(string path, string pattern, out string[] captures)
    {
        var actual = path.Trim('/').Split('/');
        var expected = pattern.Trim('/').Split('/');
        captures = [];
        if (actual.Length != expected.Length)
        {
            return false;
        }

        var captured = new List<string>();
        for (var i = 0; i < expected.Length; i++)
        {
            if (expected[i] == Capture && actual[i].Length > 0)
            {
                captured.Add(actual[i]);
            }
            else if (!string.Equals(expected[i], actual[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        captures = [.. captured];
        return true;
    }
}
