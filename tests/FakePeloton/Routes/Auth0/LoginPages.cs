namespace FakePeloton.Routes.Auth0;

/// <summary>The HTML the login server answers with.</summary>
internal static class LoginPages
{
    /// <summary>The hosted login page; clients only need its address, so a stub will do.</summary>
    public const string LoginPage =
        "<!DOCTYPE html><html><head><title>Log in | Peloton</title></head>"
        + "<body><div id=\"auth0-lock-container\">Log in to continue to Peloton.</div></body></html>";

    /// <summary>What a correct credential post gets once Peloton has changed its page: HTML with no form.</summary>
    public const string ChangedPage =
        "<!DOCTYPE html><html><head><title>Peloton</title></head>"
        + "<body><div id=\"root\" data-flow=\"identifier-first\">Continue in the new login experience.</div></body></html>";

    public const string InvalidStatePage =
        "<!DOCTYPE html><html><head><title>Error | Peloton</title></head><body><p>Invalid state.</p></body></html>";

    /// <summary>
    /// Auth0's answer to a correct credential post: one form that a script submits at once. Values are
    /// HTML-encoded as Auth0 does (a quote becomes &amp;#34;), so clients must decode them.
    /// </summary>
    public static string HiddenForm(string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var inputs = string.Join("\n", fields.Select(field =>
            $"    <input type=\"hidden\" name=\"{Encode(field.Key)}\" value=\"{Encode(field.Value)}\">"));
        return $$"""
            <form method="post" name="hiddenform" action="{{Encode(action)}}">
            {{inputs}}
                <noscript>
                    <p>Script is disabled. Click Submit to continue.</p><input type="submit" value="Submit">
                </noscript>
            </form>
            <script type="text/javascript">window.setTimeout(function() { document.forms[0].submit(); }, 0);</script>
            """;
    }

    private static string Encode(string value) => value
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("\"", "&#34;", StringComparison.Ordinal)
        .Replace("'", "&#39;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal);
}
