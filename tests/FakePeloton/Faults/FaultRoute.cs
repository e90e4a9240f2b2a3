using FakePeloton.Http;

namespace FakePeloton.Faults;

/// <summary>
/// The first route: answers a request FakeFaults picks with its fault, so the routes after it never see it and
/// no server state changes. A stalled request is held and comes back here once its stall is over.
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
