using FakePeloton.Http;

namespace FakePeloton.Routes.Auth0;

/// <summary>POST /oauth/token: hands the JSON or form body to the grant its grant_type names.</summary>
internal sealed class TokenRoute(IEnumerable<ITokenGrant> grants) : IFakeRoute
{
    private readonly Dictionary<string, ITokenGrant> _grants = grants.ToDictionary(grant => grant.GrantType, StringComparer.Ordinal);

    public FakeResponse? TryHandle(FakeRequest request)
    {
        if (!request.Is("POST", "/oauth/token"))
        {
            return null;
        }

        if (RequestFields.Read(request) is not { } fields)
        {
            return Auth0Errors.InvalidRequest("The body must be JSON or application/x-www-form-urlencoded");
        }

        var grantType = fields.GetValueOrDefault("grant_type");
        return string.IsNullOrEmpty(grantType) ? Auth0Errors.InvalidRequest("Missing required parameter: grant_type")
            : _grants.TryGetValue(grantType, out var grant) ? grant.Handle(fields)
            : Auth0Errors.UnsupportedGrantType(grantType);
    }
}
