using System.Collections.Generic;

namespace PelotonPS.Catalog
{
    /// <summary>The fitness discipline slugs known today (peloton-api.md 4.3), for completion and help; Peloton adds more.</summary>
    internal static class FitnessDisciplines
    {
        public static IReadOnlyList<(string Slug, string DisplayName)> Known { get; } = new[]
        {
            ("cycling", "Cycling"),
            ("running", "Running"),
            ("walking", "Walking"),
            ("strength", "Strength"),
            ("yoga", "Yoga"),
            ("meditation", "Meditation"),
            ("stretching", "Stretching"),
            ("cardio", "Cardio"),
            ("circuit", "Circuit"),
            ("bike_bootcamp", "Bike Bootcamp"),
            ("caesar", "Rowing"),
            ("caesar_bootcamp", "Row Bootcamp"),
            ("outdoor", "Outdoor"),
        };
    }
}
