using System.Net;
using System.Net.Http;
using PelotonPS.Core.Tests.Support;
using PelotonPS.Errors;
using PelotonPS.Http;
using PelotonPS.Json;
using PelotonPS.Json.Dtos;

namespace PelotonPS.Core.Tests;

/// <summary>The retry, refresh and error-mapping rules of the one HTTP client.</summary>
public sealed class PelotonHttpClientTests
{
    private const string Me = """{"id":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","username":"jdoe"}""";

    private static readonly HttpSettings FastRetries = new()
    {
        BaseRetryDelay = TimeSpan.FromMilliseconds(1),
        MaxRetryDelay = TimeSpan.FromMilliseconds(50),
        RequestTimeout = TimeSpan.FromMilliseconds(300),
    };

    private readonly RecordingLog log = new();

    private Task<MeDto> GetMe(ScriptedHandler handler, IAccessTokenSource? tokens = null, CancellationToken cancellationToken = default)
    {
        var client = new PelotonHttpClient(new Uri("https://api.example.test/"), tokens ?? new StaticTokens("secret-token"), FastRetries, handler);
        return client.GetAsync("api/me", PelotonJson.Deserialize<MeDto>, log, cancellationToken);
    }

    [Fact]
    public async Task SendsBearerPlatformAcceptAndUserAgent()
    {
        var handler = new ScriptedHandler().Respond(HttpStatusCode.OK, Me);

        MeDto me = await GetMe(handler);

        Assert.Equal("jdoe", me.Username);
        HttpRequestMessage request = Assert.Single(handler.Requests);
        Assert.Equal("https://api.example.test/api/me", request.RequestUri!.ToString());
        Assert.Equal("Bearer secret-token", request.Headers.Authorization!.ToString());
        Assert.Equal("web", Assert.Single(request.Headers.GetValues("Peloton-Platform")));
        Assert.StartsWith("PelotonPS/0.1.0", string.Join(" ", request.Headers.UserAgent));
        Assert.Contains("application/json", request.Headers.Accept.ToString());
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    [InlineData(HttpStatusCode.TooManyRequests)]
    public async Task TransientStatusesAreRetriedUntilTheySucceed(HttpStatusCode status)
    {
        var handler = new ScriptedHandler().Respond(status).Respond(status).Respond(HttpStatusCode.OK, Me);

        MeDto me = await GetMe(handler);

        Assert.Equal("jdoe", me.Username);
        Assert.Equal(3, handler.Requests.Count);
        Assert.Equal(2, log.Messages.Count(m => m.Contains("retrying in")));
    }

    [Fact]
    public async Task AnEmptyOrTruncatedSuccessBodyIsRetried()
    {
        var handler = new ScriptedHandler().Respond(HttpStatusCode.OK, "").Respond(HttpStatusCode.OK, """{"id":"aaa""").Respond(HttpStatusCode.OK, Me);

        MeDto me = await GetMe(handler);

        Assert.Equal("jdoe", me.Username);
        Assert.Equal(3, handler.Requests.Count);
    }

    [Fact]
    public async Task ConnectionResetsAreRetried()
    {
        var handler = new ScriptedHandler().Throw(new HttpRequestException("Connection reset by peer", new IOException("reset"))).Respond(HttpStatusCode.OK, Me);

        Assert.Equal("jdoe", (await GetMe(handler)).Username);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests, PelotonErrorIds.RateLimited, PelotonErrorCategory.LimitsExceeded)]
    [InlineData(HttpStatusCode.ServiceUnavailable, PelotonErrorIds.ServiceUnavailable, PelotonErrorCategory.ResourceUnavailable)]
    [InlineData(HttpStatusCode.InternalServerError, PelotonErrorIds.ServiceUnavailable, PelotonErrorCategory.ResourceUnavailable)]
    public async Task AfterFourAttemptsTheErrorNamesTheEndpoint(HttpStatusCode status, string errorId, PelotonErrorCategory category)
    {
        var handler = new ScriptedHandler().Respond(status).Respond(status).Respond(status).Respond(status);

        PelotonException error = await Assert.ThrowsAsync<PelotonException>(() => GetMe(handler));

        Assert.Equal(4, handler.Requests.Count);
        Assert.Equal(errorId, error.ErrorId);
        Assert.Equal(category, error.Category);
        Assert.Contains("GET /api/me", error.Message);
        Assert.Contains("4 attempts", error.Message);
        Assert.Equal((int)status, error.StatusCode);
    }

    [Fact]
    public async Task ConnectionFailuresEndAsPelotonConnectionFailed()
    {
        var handler = new ScriptedHandler();
        for (int i = 0; i < 4; i++)
        {
            handler.Throw(new HttpRequestException("No such host is known."));
        }

        PelotonException error = await Assert.ThrowsAsync<PelotonException>(() => GetMe(handler));

        Assert.Equal(PelotonErrorIds.ConnectionFailed, error.ErrorId);
        Assert.Equal(PelotonErrorCategory.ConnectionError, error.Category);
        Assert.Contains("No such host is known.", error.Message);
    }

    [Fact]
    public async Task ATruncatedBodyOnEveryAttemptEndsAsPelotonResponseInvalid()
    {
        var handler = new ScriptedHandler();
        for (int i = 0; i < 4; i++)
        {
            handler.Respond(HttpStatusCode.OK, "<html>Cloudflare</html>");
        }

        PelotonException error = await Assert.ThrowsAsync<PelotonException>(() => GetMe(handler));

        Assert.Equal(PelotonErrorIds.ResponseInvalid, error.ErrorId);
        Assert.Equal(PelotonErrorCategory.InvalidResult, error.Category);
    }

    [Fact]
    public async Task AnAttemptThatOutlivesTheTimeoutEndsAsPelotonTimeout()
    {
        var handler = new ScriptedHandler().Hang().Hang().Hang().Hang();

        PelotonException error = await Assert.ThrowsAsync<PelotonException>(() => GetMe(handler));

        Assert.Equal(PelotonErrorIds.Timeout, error.ErrorId);
        Assert.Equal(PelotonErrorCategory.OperationTimeout, error.Category);
        Assert.Equal(4, handler.Requests.Count);
    }

    [Fact]
    public async Task CancellationByTheCallerIsNotATimeoutAndIsNotRetried()
    {
        var handler = new ScriptedHandler().Hang();
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => GetMe(handler, cancellationToken: cts.Token));
        Assert.Single(handler.Requests);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest, PelotonErrorIds.RequestRejected, PelotonErrorCategory.InvalidArgument)]
    [InlineData(HttpStatusCode.NotFound, PelotonErrorIds.NotFound, PelotonErrorCategory.ObjectNotFound)]
    [InlineData(HttpStatusCode.Forbidden, PelotonErrorIds.Forbidden, PelotonErrorCategory.PermissionDenied)]
    [InlineData(HttpStatusCode.PaymentRequired, PelotonErrorIds.Forbidden, PelotonErrorCategory.PermissionDenied)]
    public async Task OtherClientErrorsAreNeverRetried(HttpStatusCode status, string errorId, PelotonErrorCategory category)
    {
        var handler = new ScriptedHandler().Respond(status, """{"status":404,"error_code":4040,"message":"Workout not found"}""");

        PelotonException error = await Assert.ThrowsAsync<PelotonException>(() => GetMe(handler));

        Assert.Single(handler.Requests);
        Assert.Equal(errorId, error.ErrorId);
        Assert.Equal(category, error.Category);
        Assert.Contains("Workout not found", error.Message);
        Assert.Equal(4040, error.ApiErrorCode);
    }

    [Fact]
    public async Task A401IsRetriedOnceWithARenewedToken()
    {
        var handler = new ScriptedHandler().Respond(HttpStatusCode.Unauthorized, """{"status":401,"error_code":3020,"message":"Not logged in"}""").Respond(HttpStatusCode.OK, Me);
        var tokens = new StaticTokens("old-token", renewed: "new-token");

        MeDto me = await GetMe(handler, tokens);

        Assert.Equal("jdoe", me.Username);
        Assert.Equal(1, tokens.Renewals);
        Assert.Equal("Bearer new-token", handler.Requests[1].Headers.Authorization!.ToString());
    }

    [Fact]
    public async Task A401ThatCannotBeRenewedIsPelotonUnauthorizedWithTheApiMessage()
    {
        var handler = new ScriptedHandler().Respond(HttpStatusCode.Unauthorized, """{"status":401,"error_code":3020,"subcode":null,"message":"Not logged in","details":null}""");

        PelotonException error = await Assert.ThrowsAsync<PelotonException>(() => GetMe(handler));

        Assert.Equal(PelotonErrorIds.Unauthorized, error.ErrorId);
        Assert.Equal(PelotonErrorCategory.AuthenticationError, error.Category);
        Assert.Contains("Not logged in", error.Message);
        Assert.Equal(3020, error.ApiErrorCode);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task A401AfterARenewalIsNotRenewedAgain()
    {
        var handler = new ScriptedHandler().Respond(HttpStatusCode.Unauthorized).Respond(HttpStatusCode.Unauthorized);
        var tokens = new StaticTokens("old-token", renewed: "new-token");

        PelotonException error = await Assert.ThrowsAsync<PelotonException>(() => GetMe(handler, tokens));

        Assert.Equal(PelotonErrorIds.Unauthorized, error.ErrorId);
        Assert.Equal(1, tokens.Renewals);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task NoMessageOrErrorCarriesTheToken()
    {
        var handler = new ScriptedHandler().Respond(HttpStatusCode.TooManyRequests).Respond(HttpStatusCode.Unauthorized);

        PelotonException error = await Assert.ThrowsAsync<PelotonException>(() => GetMe(handler));

        Assert.DoesNotContain("secret-token", error.ToString());
        Assert.All(log.Messages, m => Assert.DoesNotContain("secret-token", m));
    }
}
