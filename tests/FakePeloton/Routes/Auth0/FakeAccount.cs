namespace FakePeloton.Routes.Auth0;

/// <summary>The one account the login server knows: the configured e-mail address (any case) and password.</summary>
internal static class FakeAccount
{
    public static bool Matches(FakePelotonOptions options, string? username, string? password) =>
        string.Equals(username, options.Email, StringComparison.OrdinalIgnoreCase)
        && string.Equals(password, options.Password, StringComparison.Ordinal);
}
