using System.Buffers.Text;
using System.Text;
using System.Text.Json.Nodes;

namespace FakePeloton.Tokens;

/// <summary>
/// JWT-shaped strings: clients decode the payload (exp, to plan the refresh) but never verify the signature,
/// so the third part is just the base64url of "fake-signature".
/// </summary>
internal static class Jwt
{
    private static readonly string Header = Encode(new JsonObject { ["alg"] = "RS256", ["typ"] = "JWT", ["kid"] = "fake-peloton" });
    private static readonly string Signature = Base64Url.EncodeToString("fake-signature"u8);

    public static string Create(JsonObject payload) => $"{Header}.{Encode(payload)}.{Signature}";

    private static string Encode(JsonObject part) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(part.ToJsonString()));
}
