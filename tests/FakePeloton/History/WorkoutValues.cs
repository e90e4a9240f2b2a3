namespace FakePeloton.History;

/// <summary>What differs between copies of one template.</summary>
internal readonly record struct WorkoutValues(string Id, string UserId, long CreatedAt);
