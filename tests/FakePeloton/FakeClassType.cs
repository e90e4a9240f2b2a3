namespace FakePeloton;

/// <summary>
/// A row of the class_types look-up table: the 109 of ride_live_schedule_cycling.json plus the made-up
/// ones for rowing and the bike and row bootcamps, which that 2020 capture predates.
/// </summary>
/// <param name="Id">32-hex id, as in a ride's class_type_ids.</param>
/// <param name="Name">Full name, e.g. "Full Body (Strength &amp; Toning)".</param>
/// <param name="DisplayName">Short name used in class titles, e.g. "Full Body".</param>
/// <param name="FitnessDiscipline">Discipline slug, e.g. "strength".</param>
/// <param name="IsActive">Inactive types are listed but only used by the captured rides (e.g. "Scenic (Cycling)").</param>
/// <param name="ListOrder">Position in the table.</param>
public sealed record FakeClassType(string Id, string Name, string DisplayName, string FitnessDiscipline, bool IsActive, int ListOrder);
