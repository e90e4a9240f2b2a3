using PelotonPS.Errors;
using PelotonPS.Persistence;

namespace PelotonPS.Core.Tests;

public sealed class TokenStoreTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "pelotonps-store-" + Guid.NewGuid().ToString("N"), "PelotonPS");

    public void Dispose()
    {
        string root = Path.GetDirectoryName(folder)!;
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void APlainFileRoundTripsAndIsReadableOnlyByTheOwner()
    {
        FileTokenStore store = FileTokenStore.Plain(folder);
        var saved = new PersistedSession { AccessToken = "at-secret", RefreshToken = "rt-secret", ExpiresAt = 1_800_000_000, UserId = "u1", Username = "jdoe", ClientId = "web", ApiBaseUri = "https://api.example.test/", AuthFlow = "Web" };

        store.Save(saved);
        PersistedSession loaded = store.Load()!;

        Assert.Equal(("at-secret", "rt-secret", 1_800_000_000L, "u1", "jdoe", "web", "Web"), (loaded.AccessToken, loaded.RefreshToken, loaded.ExpiresAt!.Value, loaded.UserId, loaded.Username, loaded.ClientId, loaded.AuthFlow));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(store.Path));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(folder));
        }

        Assert.Empty(Directory.GetFiles(folder, "*.tmp"));
        Assert.DoesNotContain("at-secret", saved.ToString());
        Assert.DoesNotContain("rt-secret", saved.ToString());
    }

    [Fact]
    public void SavingAgainReplacesTheFileAndDeleteRemovesIt()
    {
        FileTokenStore store = FileTokenStore.Plain(folder);
        store.Save(new PersistedSession { AccessToken = "first" });
        store.Save(new PersistedSession { AccessToken = "second" });

        Assert.Equal("second", store.Load()!.AccessToken);
        Assert.True(store.Delete());
        Assert.Null(store.Load());
        Assert.False(store.Delete());
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("{\"user_id\":\"u1\"}")]
    [InlineData("")]
    public void ACorruptFileIsReportedAsPelotonPersistedSessionInvalid(string content)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "session.json"), content);

        PelotonException error = Assert.Throws<PelotonException>(() => FileTokenStore.Plain(folder).Load());

        Assert.Equal(PelotonErrorIds.PersistedSessionInvalid, error.ErrorId);
        Assert.Equal(PelotonErrorCategory.InvalidData, error.Category);
    }

    [Fact]
    public void PersistenceNeverFallsBackToPlaintextSilently()
    {
        Assert.Equal(TokenStoreKind.WindowsDpapi, TokenStorePolicy.Choose(isWindows: true, secretVaultAvailable: false, allowUnencryptedStorage: false));
        Assert.Equal(TokenStoreKind.SecretVault, TokenStorePolicy.Choose(false, true, true));
        Assert.Equal(TokenStoreKind.UnencryptedFile, TokenStorePolicy.Choose(false, false, true));
        PelotonException refused = Assert.Throws<PelotonException>(() => TokenStorePolicy.Choose(false, false, false));
        Assert.Equal(PelotonErrorIds.PersistenceUnavailable, refused.ErrorId);
        Assert.Contains("-AllowUnencryptedStorage", refused.RecommendedAction);
        Assert.Contains("SecretManagement", refused.RecommendedAction);
    }
}
