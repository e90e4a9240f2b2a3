using FakePeloton.Http;

namespace FakePeloton.Routes.Auth0;

/// <summary>One grant_type of POST /oauth/token.</summary>
internal interface ITokenGrant
{
    string GrantType { get; }

    FakeResponse Handle(IReadOnlyDictionary<string, string> fields);
}
