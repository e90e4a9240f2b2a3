using FakePeloton.Http;

namespace FakePeloton.Faults;

/// <summary>
/// The first route: holds a stalled request until its stall is over, then answers a request FakeFaults picks
/// with its fault. Either way the routes after it never see the request, so it changes no server state.
/// </summary>
internal sealed class FaultRoute(FakeFaults faults) : IFakeRoute
{
    public FakeResponse? TryHandle(FakeRequest request)
    {
        var record = request.ToRecord();
        var stallLeft = faults.StallLeft(record, DateTimeOffset.UtcNow);
        if (stallLeft > TimeSpan.Zero)
        {
            return FakeResponse.Held(stallLeft);
        }

        return faults.Choose(record) is { } kind ? FaultResponses.For(kind, faults.RetryAfterSeconds) : null;
    }
}
