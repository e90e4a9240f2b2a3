namespace FakePeloton.Http;

/// <summary>One step of the fake API: answers a request it owns, or returns null to pass it on.</summary>
internal interface IFakeRoute
{
    FakeResponse? TryHandle(FakeRequest request);
}
