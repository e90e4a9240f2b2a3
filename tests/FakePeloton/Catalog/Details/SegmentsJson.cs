using System.Globalization;
using System.Text.Json.Nodes;
using FakePeloton.History;

namespace FakePeloton.Catalog.Details;

/// <summary>
/// The details' segments member (peloton-api.md 4.7). Offsets count from the start of the video; strength
/// blocks carry one movement subsegment each.
/// </summary>
internal static class SegmentsJson
{
    public static JsonObject For(FakeRide ride, IReadOnlyList<Segment> segments, Dice dice) => new()
    {
        ["id"] = SyntheticIds.Hex32("segments", ride.RideId),
        ["segment_list"] = new JsonArray([.. segments.Select(segment => Segment(ride, segment, dice))]),
        ["segment_category_distribution"] = Shares(segments.Select(s => (s.IconSlug, s.Length)), ride.DurationSeconds),
        ["segment_body_focus_distribution"] = Shares(
            segments.Where(s => s.BodyFocus is not null).Select(s => (s.BodyFocus!.Slug, s.Length)),
            segments.Where(s => s.BodyFocus is not null).Sum(s => s.Length)),
    };

    private static JsonObject Segment(FakeRide ride, Segment segment, Dice dice) => new()
    {
        ["id"] = SyntheticIds.Hex32("segment", ride.RideId, segment.Index.ToString(CultureInfo.InvariantCulture)),
        ["name"] = segment.Name,
        ["icon_slug"] = segment.IconSlug,
        ["icon_url"] = $"https://s3.amazonaws.com/static-cdn.pelotoncycle.com/segment-icons/{segment.IconSlug}.png",
        ["start_time_offset"] = ride.PedalingStartOffset + segment.Start,
        ["length"] = segment.Length,
        ["intensity_in_mets"] = Math.Round(segment.IntensityInMets, 1),
        ["metrics_type"] = segment.MetricsType,
        ["subsegments_v2"] = segment.BodyFocus is { } focus ? new JsonArray(Movements(ride, segment, focus, dice)) : new JsonArray(),
    };

    private static JsonObject Movements(FakeRide ride, Segment segment, BodyFocus focus, Dice dice)
    {
        var index = segment.Index.ToString(CultureInfo.InvariantCulture);
        var count = 2 + dice.Below("movements" + index, 2);
        var first = dice.Below("first_movement" + index, focus.Movements.Count);
        return new JsonObject
        {
            ["id"] = SyntheticIds.Hex32("subsegment", ride.RideId, index),
            ["type"] = "movement",
            ["display_name"] = segment.Name,
            ["offset"] = ride.PedalingStartOffset + segment.Start,
            ["length"] = segment.Length,
            ["rounds"] = 2 + dice.Below("rounds" + index, 2),
            ["movements"] = new JsonArray([.. Enumerable.Range(0, Math.Min(count, focus.Movements.Count))
                .Select(i => focus.Movements[(first + i) % focus.Movements.Count].ToJson())]),
        };
    }

    /// <summary>Each key's share of the whole, rounded to 2 decimals, in order of first appearance.</summary>
    private static JsonObject Shares(IEnumerable<(string Key, int Length)> parts, int whole)
    {
        var shares = new JsonObject();
        foreach (var group in parts.GroupBy(part => part.Key))
        {
            shares[group.Key] = whole > 0 ? Math.Round(group.Sum(part => part.Length) / (double)whole, 2) : 0.0;
        }

        return shares;
    }
}
