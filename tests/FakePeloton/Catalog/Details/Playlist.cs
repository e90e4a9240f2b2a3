using System.Text.Json.Nodes;
using FakePeloton.History;

namespace FakePeloton.Catalog.Details;

/// <summary>
/// A made-up playlist spread evenly over the class: 6 songs for 5 minutes, one more per 10 minutes, at
/// most 12. start_time_offset counts from the start of the class, cue_time_offset from the start of the
/// video (the real relation of the two is not documented).
/// </summary>
internal static class Playlist
{
    public static JsonObject For(FakeRide ride, Dice dice)
    {
        var count = Math.Min(12, 6 + (ride.DurationSeconds / 600));
        var first = dice.Below("first_song", SongPool.All.Count);
        // Steps prime to the pool size, so no song repeats within a playlist.
        var step = dice.Pick("song_step", [1, 5, 7]);
        var songs = Enumerable.Range(0, count)
            .Select(i => (Index: i, Song: SongPool.All[(first + (i * step)) % SongPool.All.Count]))
            .ToArray();

        return new JsonObject
        {
            ["id"] = SyntheticIds.Hex32("playlist", ride.RideId),
            ["ride_id"] = ride.RideId,
            ["is_top_artists_shown"] = true,
            ["is_playlist_shown"] = true,
            ["songs"] = new JsonArray([.. songs.Select(s => Song(s.Song, s.Index, s.Index * ride.DurationSeconds / count, ride.PedalingStartOffset))]),
            ["top_artists"] = new JsonArray([.. songs.Select(s => s.Song.Artist).Distinct().Take(3).Select(TopArtist)]),
        };
    }

    private static JsonObject Song(SongPool.Song song, int index, int offset, int intro) => new()
    {
        ["title"] = song.Title,
        ["artists"] = new JsonArray(new JsonObject { ["artist_name"] = song.Artist }),
        ["album"] = new JsonObject { ["image_url"] = ImageUrl("album", song.Album), ["name"] = song.Album },
        ["start_time_offset"] = offset,
        ["cue_time_offset"] = offset + intro,
        ["index"] = index,
    };

    private static JsonObject TopArtist(string artist) => new()
    {
        ["artist_id"] = SyntheticIds.Hex32("artist", artist),
        ["artist_name"] = artist,
        ["image_url"] = ImageUrl("artist", artist),
    };

    private static string ImageUrl(string kind, string name) =>
        $"https://s3.amazonaws.com/peloton-music-images/{SyntheticIds.Hex32(kind, name)}.jpg";
}
