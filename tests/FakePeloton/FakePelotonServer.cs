using FakePeloton.Catalog;
using FakePeloton.History;
using FakePeloton.Hosting;
using FakePeloton.Routes;
using FakePeloton.Users;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FakePeloton;

/// <summary>A fake api.onepeloton.com on a loopback Kestrel port (testing-here.md section 6).</summary>
public sealed class FakePelotonServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly RequestRecorder _recorder;
    private int _disposed;

    private FakePelotonServer(WebApplication app, Uri baseUri, FakePelotonState state, RequestRecorder recorder)
    {
        _app = app;
        BaseUri = baseUri;
        State = state;
        _recorder = recorder;
    }

    /// <summary>The address with a trailing slash, e.g. http://127.0.0.1:43083/.</summary>
    public Uri BaseUri { get; }

    /// <summary>The data and tokens; tests may change them while the server runs.</summary>
    public FakePelotonState State { get; }

    /// <summary>Every request received so far, oldest first; a copy.</summary>
    public IReadOnlyList<RecordedRequest> Requests => _recorder.Snapshot();

    /// <summary>Builds the history and starts listening on http://127.0.0.1:<paramref name="port"/> (0: any free port).</summary>
    public static async Task<FakePelotonServer> StartAsync(FakePelotonOptions? options = null, int port = 0)
    {
        options ??= new FakePelotonOptions();
        var fixtures = FixtureFiles.Locate(options.FixturesDirectory);
        var templates = WorkoutTemplateCatalog.Load(fixtures);
        var state = new FakePelotonState(options, templates)
        {
            Catalog = CatalogLoader.Load(fixtures, options),
            OtherUsers = MemberHistories.Generate(options, templates),
        };
        var recorder = new RequestRecorder();
        var adapter = new KestrelAdapter(PelotonApiRoutes.Create(state, options, fixtures.ReadBytes("me.json")), recorder, options);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IHostLifetime, NoConsoleLifetime>();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        app.Run(adapter.ServeAsync);
        await app.StartAsync();

        // With port 0 Kestrel picks the port; app.Urls holds the real address once started.
        var address = app.Urls.First().TrimEnd('/') + "/";
        return new FakePelotonServer(app, new Uri(address), state, recorder);
    }

    public void ClearRequests() => _recorder.Clear();

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
