using System.Text.Json.Nodes;

namespace FakePeloton.Catalog.Details;

/// <summary>
/// The members' averages of a class (the details' averages member), made up from its length, difficulty
/// and intensity: calories for every class, plus power and cadence on the bike, speed and distance on
/// the tread, and output on the rower.
/// </summary>
internal static class ClassAverages
{
    /// <summary>kg; turns METs into calories.</summary>
    private const double BodyMass = 75;

    public static JsonObject For(FakeRide ride, SegmentStyle style)
    {
        var hours = ride.DurationSeconds / 3600.0;
        var averages = new JsonObject { ["average_calories"] = (int)Math.Round(style.IntensityInMets * BodyMass * hours) };
        var power = Math.Round(90 + (ride.DifficultyEstimate * 10), 1);
        switch (ride.FitnessDiscipline)
        {
            case "cycling":
                averages["average_total_work"] = Math.Round(power * ride.DurationSeconds, 2);
                averages["average_distance"] = Math.Round(18 * hours, 2);
                averages["average_avg_power"] = power;
                averages["average_avg_speed"] = 18.0;
                averages["average_avg_cadence"] = 82.0;
                averages["average_avg_resistance"] = Math.Round(35 + ride.DifficultyEstimate, 1);
                break;
            case "running" or "walking":
                var speed = ride.FitnessDiscipline == "running" ? Math.Round(5.5 + (ride.DifficultyEstimate * 0.2), 1) : 3.5;
                averages["average_distance"] = Math.Round(speed * hours, 2);
                averages["average_avg_speed"] = speed;
                break;
            case "caesar":
                averages["average_total_work"] = Math.Round(power * 0.9 * ride.DurationSeconds, 2);
                averages["average_avg_power"] = Math.Round(power * 0.9, 1);
                break;
        }

        return averages;
    }
}
