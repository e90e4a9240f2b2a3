using System.Text.Json;
using FakePeloton.History;

namespace FakePeloton;

/// <summary>One workout of the synthetic history, with the exact bytes the fake serves for it.</summary>
public sealed class FakeWorkout
{
    private readonly WorkoutTemplate _template;
    private readonly WorkoutValues _values;

    internal FakeWorkout(WorkoutTemplate template, WorkoutValues values)
    {
        _template = template;
        _values = values;
        CreatedAt = DateTimeOffset.FromUnixTimeSeconds(values.CreatedAt);
        ListItemJson = template.Serialize(values, WorkoutShape.ListItem);
        DetailJson = template.Serialize(values, WorkoutShape.Detail);
    }

    public string WorkoutId => _values.Id;

    /// <summary>created_at, whole seconds as the API has it.</summary>
    public DateTimeOffset CreatedAt { get; }

    /// <summary>The exact bytes of this workout's object in list pages requested without joins.</summary>
    public byte[] ListItemJson { get; }

    /// <summary>The exact body of GET /api/workout/{id}?joins=ride,ride.instructor.</summary>
    public byte[] DetailJson { get; }

    /// <summary>The exact body of GET /api/workout/{id}/performance_graph (the same for any every_n).</summary>
    public byte[] PerformanceGraphJson => _template.PerformanceGraphJson;

    /// <summary>Which template or variant produced it: one of <see cref="FakeWorkoutKinds"/>.</summary>
    public string Kind => _template.Kind;

    /// <summary>Writes the list item in one of the joined shapes, which are composed per request to save memory.</summary>
    internal void WriteListItem(Utf8JsonWriter writer, WorkoutShape shape)
    {
        if (shape == WorkoutShape.ListItem)
        {
            writer.WriteRawValue(ListItemJson, skipInputValidation: true);
        }
        else
        {
            _template.Write(writer, _values, shape);
        }
    }
}
