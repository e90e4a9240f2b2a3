using System.Globalization;

namespace FakePeloton.Http;

/// <summary>The limit and 0-based page of a paged request (peloton-api.md 3.4).</summary>
internal readonly record struct PageRequest(int Limit, int Page)
{
    /// <summary>Peloton's page size when limit is missing.</summary>
    public const int DefaultLimit = 20;

    /// <summary>Peloton returns at most 100 per page (peloton-api.md 4.3); larger limits are clamped here.</summary>
    public const int MaxLimit = 100;

    /// <summary>Missing or invalid values fall back to the defaults rather than failing the request.</summary>
    public static PageRequest From(FakeRequest request) => new(
        Math.Min(ParseInt(request.QueryValue("limit"), minimum: 1) ?? DefaultLimit, MaxLimit),
        ParseInt(request.QueryValue("page"), minimum: 0) ?? 0);

    private static int? ParseInt(string? value, int minimum) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && number >= minimum
            ? number
            : null;
}
