namespace PelotonPS
{
    /// <summary>How Get-PelotonClass orders the library.</summary>
    public enum ClassSort
    {
        OriginalAirTime,
        Popularity,
        TopRated,
        Trending,
        Difficulty,
    }
}
