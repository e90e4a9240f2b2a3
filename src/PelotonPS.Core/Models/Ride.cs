using System;

namespace PelotonPS
{
    /// <summary>
    /// A class ("ride" in Peloton's API) of any discipline: from Get-PelotonRide or the class library
    /// (Get-PelotonClass). ClassTypes and Equipment are names joined by "; ". Playlist, Segments and
    /// TargetMetrics are filled only with Get-PelotonRide -IncludeDetails.
    /// </summary>
    public sealed class Ride
    {
        public string RideId { get; internal set; } = string.Empty;
        public string? Title { get; internal set; }
        public string? Description { get; internal set; }
        public string? FitnessDiscipline { get; internal set; }
        public string? InstructorId { get; internal set; }
        public string? InstructorName { get; internal set; }
        public int? DurationSeconds { get; internal set; }
        /// <summary>The video's length, intro included.</summary>
        public int? LengthSeconds { get; internal set; }
        public DateTime? OriginalAirTime { get; internal set; }
        /// <summary>Peloton's difficulty estimate, 0 to 10.</summary>
        public double? Difficulty { get; internal set; }
        public string? DifficultyLevel { get; internal set; }
        /// <summary>The share of members who rated the class positively, 0 to 1.</summary>
        public double? OverallRating { get; internal set; }
        public int? RatingCount { get; internal set; }
        public int? TotalWorkouts { get; internal set; }
        public string? ClassTypes { get; internal set; }
        public string? ClassTypeIds { get; internal set; }
        public string? Equipment { get; internal set; }
        public bool? IsExplicit { get; internal set; }
        public string? Language { get; internal set; }
        public bool? HasClosedCaptions { get; internal set; }
        public double? Distance { get; internal set; }
        public string? DistanceUnit { get; internal set; }
        public bool? IsFavorite { get; internal set; }
        public string? ImageUrl { get; internal set; }
        public ReadableList<PlaylistSong>? Playlist { get; internal set; }
        public ReadableList<ClassSegment>? Segments { get; internal set; }
        public ReadableList<TargetRange>? TargetMetrics { get; internal set; }

        public override string ToString() => $"{Title} ({RideId})";
    }

    /// <summary>A song of a class's playlist.</summary>
    public sealed class PlaylistSong
    {
        public string? Title { get; internal set; }
        public string? Artists { get; internal set; }
        public string? Album { get; internal set; }
        public int? StartOffsetSeconds { get; internal set; }

        public override string ToString() => $"{Title} - {Artists}";
    }

    /// <summary>A part of a class's plan, with the movements it teaches.</summary>
    public sealed class ClassSegment
    {
        public string? Name { get; internal set; }
        public int? StartOffsetSeconds { get; internal set; }
        public int? LengthSeconds { get; internal set; }
        public string? Movements { get; internal set; }

        public override string ToString() => $"{Name} @{StartOffsetSeconds}s";
    }

    /// <summary>A target range the instructor calls for (cadence, resistance, speed, incline) over a span of the class.</summary>
    public sealed class TargetRange
    {
        public int? StartOffsetSeconds { get; internal set; }
        public int? EndOffsetSeconds { get; internal set; }
        public string? Metric { get; internal set; }
        public double? Lower { get; internal set; }
        public double? Upper { get; internal set; }

        public override string ToString() => $"{Metric} {Lower}-{Upper} @{StartOffsetSeconds}-{EndOffsetSeconds}s";
    }
}
