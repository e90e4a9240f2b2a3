using System.Globalization;
using System.Text.Json.Nodes;

namespace FakePeloton.Catalog.Details;

/// <summary>
/// Cadence and resistance targets for cycling classes in 2-minute blocks (offsets from the start of the
/// video, end inclusive), easy in the warm-up and cool-down. Other disciplines have no targets; their
/// expected output is null.
/// </summary>
internal static class TargetMetrics
{
    private const int BlockSeconds = 120;

    private static readonly int[] MainResistance = [30, 35, 40, 45, 50, 55, 60];
    private static readonly int[] MainCadence = [70, 80, 90, 100];

    public static bool Applies(FakeRide ride) => ride.FitnessDiscipline == "cycling";

    public static JsonObject Data(FakeRide ride, IReadOnlyList<Segment> segments, Dice dice) => new()
    {
        ["target_metrics"] = Applies(ride) ? new JsonArray([.. segments.SelectMany(segment => Blocks(ride, segment, dice))]) : new JsonArray(),
        ["total_expected_output"] = ExpectedOutput(ride),
    };

    /// <summary>Expected total output in kJ: 6.5 to 10 kJ a minute, a typical spread for on-demand rides.</summary>
    public static JsonObject ExpectedOutput(FakeRide ride)
    {
        var minutes = ride.DurationSeconds / 60.0;
        return Applies(ride)
            ? new JsonObject
            {
                ["expected_lower_output"] = (int)Math.Round(minutes * 6.5),
                ["expected_upper_output"] = (int)Math.Round(minutes * 10),
            }
            : new JsonObject { ["expected_lower_output"] = null, ["expected_upper_output"] = null };
    }

    private static IEnumerable<JsonObject> Blocks(FakeRide ride, Segment segment, Dice dice)
    {
        for (var offset = 0; offset < segment.Length; offset += BlockSeconds)
        {
            var start = ride.PedalingStartOffset + segment.Start + offset;
            var length = Math.Min(BlockSeconds, segment.Length - offset);
            var key = start.ToString(CultureInfo.InvariantCulture);
            var (resistance, cadence) = segment.Role switch
            {
                SegmentRole.WarmUp => (25, 75),
                SegmentRole.CoolDown => (20, 70),
                _ => (dice.Pick("resistance" + key, MainResistance), dice.Pick("cadence" + key, MainCadence)),
            };
            yield return new JsonObject
            {
                ["offsets"] = new JsonObject { ["start"] = start, ["end"] = start + length - 1 },
                ["segment_type"] = segment.IconSlug,
                ["metrics"] = new JsonArray(Range("resistance", resistance), Range("cadence", cadence)),
            };
        }
    }

    private static JsonObject Range(string name, int lower) => new() { ["name"] = name, ["lower"] = lower, ["upper"] = lower + 10 };
}
