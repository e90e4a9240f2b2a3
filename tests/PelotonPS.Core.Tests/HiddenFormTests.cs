using PelotonPS.Auth;

namespace PelotonPS.Core.Tests;

public sealed class HiddenFormTests
{
    private static readonly Uri Page = new("https://auth.example.test/usernamepassword/login");
    private static readonly Uri Fallback = new("https://auth.example.test/login/callback");

    [Fact]
    public void ReadsTheActionAndHtmlDecodedHiddenFieldsInAnyAttributeOrder()
    {
        const string html = """
            <html><body>
            <form method="post" name="hiddenform" action="https://auth.example.test/login/callback">
              <input type="hidden" name="wa" value="wsignin1.0">
              <input value="eyJ0eXAi.abc.def" name="wresult" type='hidden' />
              <input type="hidden" name="wctx" value="{&#34;strategy&#34;:&#34;auth0&#34;,&#34;state&#34;:&#34;xyz&amp;1&#34;}">
              <noscript><input type="submit" value="Continue"></noscript>
            </form>
            <script>document.forms[0].submit()</script></body></html>
            """;

        HiddenForm form = HiddenForm.Parse(html, Page, Fallback)!;

        Assert.Equal("https://auth.example.test/login/callback", form.Action.ToString());
        Assert.Equal(new[] { "wa", "wresult", "wctx" }, form.Fields.Select(f => f.Key));
        Assert.Equal("eyJ0eXAi.abc.def", form.Fields[1].Value);
        Assert.Equal("""{"strategy":"auth0","state":"xyz&1"}""", form.Fields[2].Value);
    }

    [Fact]
    public void ARelativeActionIsResolvedAgainstThePageAndAMissingOneFallsBack()
    {
        Assert.Equal("https://auth.example.test/login/callback", HiddenForm.Parse("<form action='/login/callback'></form>", Page, Fallback)!.Action.ToString());
        Assert.Equal(Fallback, HiddenForm.Parse("<form method=post><input type=hidden name=a value=b></form>", Page, Fallback)!.Action);
    }

    [Fact]
    public void APageWithoutAFormIsNull() => Assert.Null(HiddenForm.Parse("<html><p>We changed our login page.</p></html>", Page, Fallback));
}
