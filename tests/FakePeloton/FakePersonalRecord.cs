namespace FakePeloton;

/// <summary>
/// One personal record of GET /api/user/{id}/overview: the best workout of one class length. Cycling and
/// rowing records are total output in kJ (whole kJ); running records are miles, estimated at 6 mph because
/// the captured runs have no distance.
/// </summary>
/// <param name="Discipline">fitness_discipline of the workouts: cycling, running or caesar.</param>
/// <param name="Name">e.g. "30 min".</param>
/// <param name="Slug">e.g. "30_min".</param>
/// <param name="RawValue">raw_value; value is its text ("176", "3.00").</param>
/// <param name="Unit">"kj" or "mi".</param>
/// <param name="WorkoutId">A workout of the history: the oldest one that reached the record.</param>
/// <param name="WorkoutDate">That workout's created_at.</param>
public sealed record FakePersonalRecord(string Discipline, string Name, string Slug, double RawValue, string Unit, string WorkoutId, DateTimeOffset WorkoutDate);
