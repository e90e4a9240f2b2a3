using System.Globalization;

namespace FakePeloton.Catalog;

/// <summary>Titles and descriptions of synthetic classes, in Peloton's "30 min Climb Ride" style.</summary>
internal static class ClassText
{
    private static readonly string[] Focuses =
    [
        "to build your endurance",
        "set to a feel-good playlist",
        "to sharpen your form",
        "to help you recover and reset",
        "with a strong finish",
        "to start your day with energy",
        "to unwind after a long day",
    ];

    private static readonly string[] ScenicPlaces =
    [
        "the Scottish Highlands", "Napa Valley", "the Amalfi Coast", "Patagonia", "the Swiss Alps", "Kyoto",
    ];

    /// <summary>e.g. "30 min Power Zone Ride", "20 min Fun Run", "45 min Outdoor Endurance Run".</summary>
    public static string Title(ClassPlan plan, FakeClassType classType, int durationSeconds)
    {
        var name = classType.DisplayName;
        var subject = name.Contains(plan.Noun, StringComparison.OrdinalIgnoreCase) ? name : $"{name} {plan.Noun}";
        return string.Create(CultureInfo.InvariantCulture, $"{durationSeconds / 60} min {(plan.Outdoor ? "Outdoor " : "")}{subject}");
    }

    public static string Description(string title, FakeInstructor? instructor, int durationSeconds, Dice dice)
    {
        var minutes = (durationSeconds / 60).ToString(CultureInfo.InvariantCulture);
        var subject = title[(title.IndexOf(" min ", StringComparison.Ordinal) + 5)..];
        return instructor is null
            ? $"Ride through {dice.Pick("place", ScenicPlaces)} in this {minutes}-minute scenic ride: no instructor, just the road ahead."
            : $"{instructor.FirstName} leads this {minutes}-minute {subject} {dice.Pick("focus", Focuses)}.";
    }
}
