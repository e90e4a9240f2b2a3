using FakePeloton.Http;

namespace FakePeloton.Routes.Auth0;

/// <summary>Reads the Cookie header the client's cookie container sent.</summary>
internal static class RequestCookies
{
    /// <summary>The value of cookie <paramref name="name"/>, or null when it was not sent.</summary>
    public static string? Value(FakeRequest request, string name)
    {
        // The recorder joins repeated headers with ", ", so commas separate cookies as well as semicolons.
        var pairs = (request.Header("cookie") ?? string.Empty)
            .Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var pair in pairs)
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && pair[..equals] == name)
            {
                return pair[(equals + 1)..];
            }
        }

        return null;
    }
}
