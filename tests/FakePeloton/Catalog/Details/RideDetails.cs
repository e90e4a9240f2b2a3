using System.Text.Json;
using System.Text.Json.Nodes;

namespace FakePeloton.Catalog.Details;

/// <summary>
/// The body of GET /api/ride/{id}/details (peloton-api.md 4.7): the ride's own bytes and its class type
/// rows, around a made-up playlist, segments, targets and averages that depend only on the ride.
/// </summary>
internal static class RideDetails
{
    private static readonly SegmentStyle Fallback = new("Workout", "workout", null, 4.0);

    public static byte[] Write(FakeRide ride, LookupTables lookups)
    {
        var dice = new Dice("details:" + ride.RideId);
        var style = ClassPlans.All.FirstOrDefault(plan => plan.Discipline == ride.FitnessDiscipline)?.Segment ?? Fallback;
        var segments = SegmentPlanner.Plan(ride, style, dice);

        // The nodes are built for this ride alone and shared data goes in as bytes, so concurrent
        // builds of different rides share nothing mutable.
        return JsonBytes.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WritePropertyName("ride");
            writer.WriteRawValue(ride.Json, skipInputValidation: true);
            Write(writer, "playlist", Playlist.For(ride, dice));
            Write(writer, "segments", SegmentsJson.For(ride, segments, dice));
            Write(writer, "target_metrics_data", TargetMetrics.Data(ride, segments, dice));
            Write(writer, "target_class_metrics", new JsonObject { ["total_expected_output"] = TargetMetrics.ExpectedOutput(ride) });
            Write(writer, "averages", ClassAverages.For(ride, style));
            writer.WriteStartArray("class_types");
            foreach (var id in ride.ClassTypeIds)
            {
                if (lookups.ClassTypeJsonById.TryGetValue(id, out var row))
                {
                    writer.WriteRawValue(row, skipInputValidation: true);
                }
            }

            writer.WriteEndArray();
            writer.WriteBoolean("is_ftp_test", ride.Title.Contains("FTP", StringComparison.Ordinal));
            writer.WriteStartArray("instructor_cues");
            writer.WriteEndArray();
            writer.WriteStartArray("excluded_platforms");
            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    private static void Write(Utf8JsonWriter writer, string name, JsonNode node)
    {
        writer.WritePropertyName(name);
        node.WriteTo(writer);
    }
}
