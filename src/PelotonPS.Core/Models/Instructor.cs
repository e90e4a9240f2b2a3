namespace PelotonPS
{
    /// <summary>A Peloton instructor. FitnessDisciplines is a "; "-joined list of slugs.</summary>
    public sealed class Instructor
    {
        public string InstructorId { get; internal set; } = string.Empty;
        public string? Name { get; internal set; }
        public string? FirstName { get; internal set; }
        public string? LastName { get; internal set; }
        public string? Username { get; internal set; }
        public string? UserId { get; internal set; }
        public string? FitnessDisciplines { get; internal set; }
        public string? Bio { get; internal set; }
        public string? ShortBio { get; internal set; }
        public string? Quote { get; internal set; }
        public string? CoachType { get; internal set; }
        public int? ListOrder { get; internal set; }
        public bool? IsVisible { get; internal set; }
        public string? InstagramProfile { get; internal set; }
        public string? TwitterProfile { get; internal set; }
        public string? StravaProfile { get; internal set; }
        public string? SpotifyPlaylistUri { get; internal set; }
        public string? ImageUrl { get; internal set; }

        public override string ToString() => $"{Name} ({InstructorId})";
    }
}
