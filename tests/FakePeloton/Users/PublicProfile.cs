using System.Text.Json.Nodes;
using FakePeloton.Catalog;
using FakePeloton.History;

namespace FakePeloton.Users;

/// <summary>
/// The body of GET /api/user/{idOrUsername} (peloton-api.md 4.2). The signed-in user's public fields come
/// from me.json, the members' are made up from their ids; counts follow the current history. The
/// relationship values ("self", "none") are a guess: the member is neither followed nor following.
/// </summary>
internal sealed class PublicProfile
{
    private static readonly string[] Places = ["Brooklyn, NY", "Austin, TX", "Leeds, UK", "Toronto, ON", "Denver, CO"];

    private readonly string? _location;
    private readonly int _followers;
    private readonly int _following;
    private readonly long _createdAt;

    public PublicProfile(byte[] meFixture)
    {
        var me = JsonNode.Parse(meFixture)!.AsObject();
        _location = (string?)me["location"];
        _followers = (int?)me["total_followers"] ?? 0;
        _following = (int?)me["total_following"] ?? 0;
        _createdAt = (long?)me["created_at"] ?? 0;
    }

    /// <summary>Built per request because the counts follow AddWorkout.</summary>
    public byte[] For(UserAccount account)
    {
        var self = account.IsSignedInUser;
        var dice = new Dice("profile:" + account.Id);
        var workouts = account.History().NewestFirst;
        var relationship = self ? "self" : "none";
        return JsonBytes.Of(new JsonObject
        {
            ["id"] = account.Id,
            ["username"] = account.Username,
            ["image_url"] = $"https://s3.amazonaws.com/peloton-profile-images/{SyntheticIds.Hex32("avatar", account.Id)}",
            ["location"] = self ? _location : dice.Pick("location", Places),
            ["is_profile_private"] = account.IsProfilePrivate,
            ["total_workouts"] = workouts.Length,
            ["total_followers"] = self ? _followers : dice.Below("followers", 400),
            ["total_following"] = self ? _following : dice.Below("following", 400),
            ["created_at"] = _createdAt + (self ? 0 : 86400L * dice.Below("joined", 1500)),
            ["workout_counts"] = DisciplineCounts.ToJson(DisciplineCounts.Of(workouts)),
            ["authed_user_follows"] = false,
            ["relationship"] = new JsonObject { ["me_to_user"] = relationship, ["user_to_me"] = relationship },
        });
    }
}
