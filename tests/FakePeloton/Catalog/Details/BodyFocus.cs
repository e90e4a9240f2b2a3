namespace FakePeloton.Catalog.Details;

/// <summary>A body focus of strength blocks and the movements it draws from.</summary>
internal sealed record BodyFocus(string Name, string Slug, IReadOnlyList<Movement> Movements)
{
    public static IReadOnlyList<BodyFocus> All { get; } =
    [
        new("Upper Body", "upper_body",
        [
            // The two ids shared with the Peloton Gym variant's tracked movements (WorkoutVariants).
            new("b6b1ac8b5f1f4d0c9b5b0b3d6a3c1e11", "Dumbbell Shoulder Press", "beginner", [("shoulders", "Shoulders"), ("triceps", "Triceps")]),
            new(null, "Bent Over Row", "intermediate", [("upper_back", "Upper Back"), ("biceps", "Biceps")]),
            new(null, "Bicep Curl", "beginner", [("biceps", "Biceps")]),
            new(null, "Chest Press", "beginner", [("chest", "Chest"), ("triceps", "Triceps")]),
            new(null, "Tricep Kickback", "intermediate", [("triceps", "Triceps")]),
        ]),
        new("Lower Body", "lower_body",
        [
            new(null, "Goblet Squat", "beginner", [("quads", "Quads"), ("glutes", "Glutes")]),
            new(null, "Reverse Lunge", "intermediate", [("glutes", "Glutes"), ("quads", "Quads"), ("hamstrings", "Hamstrings")]),
            new(null, "Romanian Deadlift", "intermediate", [("hamstrings", "Hamstrings"), ("glutes", "Glutes"), ("lower_back", "Lower Back")]),
            new(null, "Calf Raise", "beginner", [("calves", "Calves")]),
        ]),
        new("Core", "core",
        [
            new("0c6a1e5f9f2b4b8f8a7e2d4c3b1a0f99", "Forearm Plank", "beginner", [("core", "Core")]),
            new(null, "Dead Bug", "beginner", [("core", "Core")]),
            new(null, "Russian Twist", "intermediate", [("obliques", "Obliques"), ("core", "Core")]),
        ]),
    ];
}
