using System.Net;
using System.Net.Http;

namespace PelotonPS.Core.Tests.Support;

/// <summary>An HttpMessageHandler that answers from a script of responses (or exceptions), recording each request.</summary>
internal sealed class ScriptedHandler : HttpMessageHandler
{
    private readonly Queue<Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>> answers = new();

    public List<HttpRequestMessage> Requests { get; } = new();

    public ScriptedHandler Respond(HttpStatusCode status, string body = "{}", Action<HttpResponseMessage>? configure = null)
    {
        answers.Enqueue((_, _) =>
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent(body) };
            configure?.Invoke(response);
            return Task.FromResult(response);
        });
        return this;
    }

    public ScriptedHandler Throw(Exception exception)
    {
        answers.Enqueue((_, _) => Task.FromException<HttpResponseMessage>(exception));
        return this;
    }

    /// <summary>Never answers; only cancellation (a timeout or the caller) ends the request.</summary>
    public ScriptedHandler Hang()
    {
        answers.Enqueue(async (_, ct) =>
        {
            await Task.Delay(Timeout.Infinite, ct);
            throw new InvalidOperationException("unreachable");
        });
        return this;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        if (answers.Count == 0)
        {
            throw new InvalidOperationException("The script has no more answers.");
        }

        return answers.Dequeue()(request, cancellationToken);
    }
}
