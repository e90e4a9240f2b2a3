namespace FakePeloton.Catalog.Details;

/// <summary>Made-up songs for the playlists (no real artists, so nothing in the fixtures suggests real data).</summary>
internal static class SongPool
{
    public static IReadOnlyList<Song> All { get; } =
    [
        new("Neon Skyline", "The Cadence Club", "Night Shift"),
        new("Climb the Wall", "Resistance Band", "Out of the Saddle"),
        new("Golden Hour Sprint", "Mara Vale", "Summer Intervals"),
        new("Heartbeat Avenue", "The Cadence Club", "Night Shift"),
        new("Pulse Theory", "Juno Park", "Zone Five"),
        new("Slow Burn", "Mara Vale", "Summer Intervals"),
        new("Rise Up Slowly", "Otis Reed", "Morning Light"),
        new("Tempo Tantrum", "DJ Lumen", "Club Miles"),
        new("Run the City", "Harbor Lights", "Downtown"),
        new("Breathe In Blue", "Sola & Wren", "Stillness"),
        new("Paper Mountains", "Otis Reed", "Morning Light"),
        new("Lift Me Higher", "Juno Park", "Zone Five"),
        new("Last Mile Home", "Harbor Lights", "Downtown"),
        new("Static Bloom", "DJ Lumen", "Club Miles"),
        new("Ocean Floor", "Sola & Wren", "Stillness"),
        new("Power Hour", "Resistance Band", "Out of the Saddle"),
        new("Fever Line", "Kit Alder", "Redline"),
        new("Quiet Storm Rising", "Kit Alder", "Redline"),
        new("Velvet Engine", "The Northbound", "Open Road"),
        new("Sunday Cooldown", "The Northbound", "Open Road"),
        new("Afterglow", "Luz Moreno", "Warm Down"),
        new("Counting Breaths", "Luz Moreno", "Warm Down"),
        new("Electric Orchard", "Pixel Parade", "Arcade Summer"),
        new("Drop the Hammer", "Pixel Parade", "Arcade Summer"),
    ];

    public sealed record Song(string Title, string Artist, string Album);
}
