using System.Text.Json;
using System.Text.Json.Nodes;

namespace FakePeloton.History;

/// <summary>
/// One workout detail, pre-serialised member by member so that copies can be written by splicing raw
/// bytes: only the id, user and times differ between copies. That keeps building 10,000 workouts fast
/// and every body byte-stable.
/// </summary>
internal sealed class WorkoutTemplate
{
    /// <summary>Members the real list leaves out: they appear only in GET /api/workout/{id} (peloton-api.md 4.4).</summary>
    private static readonly HashSet<string> DetailOnlyMembers =
    [
        "ride", "achievement_templates", "leaderboard_rank", "total_leaderboard_users", "ftp_info",
        "device_type_display_name", "total_heart_rate_zone_durations", "average_effort_score", "workout_id",
        "is_skip_intro_available", "is_paused", "has_paused", "is_pause_available", "pause_time_limit",
        "pause_time_elapsed", "pause_time_remaining", "movement_tracker_data",
    ];

    private readonly Member[] _members;
    private readonly long _startDelay;
    private readonly long? _elapsed;
    private readonly long _deviceClockOffset;
    private readonly byte[] _rideWithoutInstructor;

    private WorkoutTemplate(string kind, string? realId, JsonObject detail, byte[] performanceGraph)
    {
        Kind = kind;
        RealId = realId;
        PerformanceGraphJson = performanceGraph;

        // Copies keep the template's timing relative to created_at (start a few seconds later, the
        // same elapsed time, the same local-clock offset: peloton-api.md 3.3).
        var createdAt = Seconds(detail, "created_at");
        _startDelay = Seconds(detail, "start_time") - createdAt;
        _elapsed = detail["end_time"] is null ? null : Seconds(detail, "end_time") - Seconds(detail, "start_time");
        _deviceClockOffset = Seconds(detail, "device_time_created_at") - createdAt;

        // The ride member's own bytes serve the detail; joins=ride without ride.instructor gets this copy.
        var rideOnly = detail["ride"]?.DeepClone().AsObject()
            ?? throw new InvalidDataException($"Template '{kind}' has no ride object.");
        rideOnly.Remove("instructor");
        _rideWithoutInstructor = JsonBytes.Of(rideOnly);

        _members = detail
            .Select(member => new Member(
                JsonEncodedText.Encode(member.Key),
                RoleOf(member.Key),
                DetailOnlyMembers.Contains(member.Key),
                JsonBytes.Of(member.Value)))
            .ToArray();
    }

    public string Kind { get; }

    /// <summary>The captured workout's id, kept by the first copy in a history; null for made-up templates.</summary>
    public string? RealId { get; }

    /// <summary>Shared by every copy: graphs do not mention the workout id.</summary>
    public byte[] PerformanceGraphJson { get; }

    public static WorkoutTemplate Create(string kind, JsonObject detail, byte[] performanceGraph, bool keepRealId = false) =>
        new(kind, keepRealId ? (string?)detail["id"] : null, detail, performanceGraph);

    public byte[] Serialize(WorkoutValues values, WorkoutShape shape) => JsonBytes.Write(writer => Write(writer, values, shape));

    public void Write(Utf8JsonWriter writer, WorkoutValues values, WorkoutShape shape)
    {
        writer.WriteStartObject();
        foreach (var member in _members)
        {
            if (!Includes(member, shape))
            {
                continue;
            }

            writer.WritePropertyName(member.Name);
            WriteValue(writer, member, values, shape);
        }

        writer.WriteEndObject();
    }

    /// <summary>List items drop the detail-only members, except the ride when it was joined.</summary>
    private static bool Includes(Member member, WorkoutShape shape) =>
        shape == WorkoutShape.Detail
        || !member.DetailOnly
        || (member.Role == MemberRole.Ride && shape != WorkoutShape.ListItem);

    private void WriteValue(Utf8JsonWriter writer, Member member, WorkoutValues values, WorkoutShape shape)
    {
        switch (member.Role)
        {
            case MemberRole.Id:
                writer.WriteStringValue(values.Id);
                break;
            case MemberRole.UserId:
                writer.WriteStringValue(values.UserId);
                break;
            case MemberRole.CreatedAt:
                writer.WriteNumberValue(values.CreatedAt);
                break;
            case MemberRole.StartTime:
                writer.WriteNumberValue(values.CreatedAt + _startDelay);
                break;
            // An in-progress template has end_time null: it falls through to its raw value.
            case MemberRole.EndTime when _elapsed is { } elapsed:
                writer.WriteNumberValue(values.CreatedAt + _startDelay + elapsed);
                break;
            case MemberRole.DeviceTimeCreatedAt:
                writer.WriteNumberValue(values.CreatedAt + _deviceClockOffset);
                break;
            case MemberRole.Ride:
                writer.WriteRawValue(shape == WorkoutShape.ListItemWithRide ? _rideWithoutInstructor : member.Value, skipInputValidation: true);
                break;
            default:
                writer.WriteRawValue(member.Value, skipInputValidation: true);
                break;
        }
    }

    private static MemberRole RoleOf(string name) => name switch
    {
        "id" or "workout_id" => MemberRole.Id,
        "user_id" => MemberRole.UserId,
        "created_at" or "created" => MemberRole.CreatedAt,
        "start_time" => MemberRole.StartTime,
        "end_time" => MemberRole.EndTime,
        "device_time_created_at" => MemberRole.DeviceTimeCreatedAt,
        "ride" => MemberRole.Ride,
        _ => MemberRole.Constant,
    };

    private static long Seconds(JsonObject detail, string name) =>
        (long?)detail[name] ?? throw new InvalidDataException($"Workout fixture has no '{name}'.");

    private enum MemberRole
    {
        Constant,
        Id,
        UserId,
        CreatedAt,
        StartTime,
        EndTime,
        DeviceTimeCreatedAt,
        Ride,
    }

    private sealed record Member(JsonEncodedText Name, MemberRole Role, bool DetailOnly, byte[] Value);
}
