using System.Globalization;

namespace FakePeloton;

/// <summary>The standalone program's arguments.</summary>
internal sealed record CommandLine(FakePelotonOptions Options, int Port)
{
    public const string Usage =
        "Usage: FakePeloton [--workouts N] [--port N] [--latency-ms N] [--latency-jitter-ms N] [--fault-rate 0..1] [--in-progress] [--fixtures DIR] [--token TOKEN]";

    /// <exception cref="FormatException">An argument is unknown or lacks a valid value.</exception>
    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        var options = new FakePelotonOptions();
        var port = 0;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--workouts":
                    options.WorkoutCount = Number(args, ++i);
                    break;
                case "--port":
                    port = Number(args, ++i, maximum: 65535);
                    break;
                case "--latency-ms":
                    options.Latency = TimeSpan.FromMilliseconds(Number(args, ++i));
                    break;
                case "--latency-jitter-ms":
                    options.LatencyJitter = TimeSpan.FromMilliseconds(Number(args, ++i));
                    break;
                case "--fault-rate":
                    options.FaultRate = Share(args, ++i);
                    break;
                case "--in-progress":
                    options.NewestInProgress = true;
                    break;
                case "--token":
                    options.DemoToken = Value(args, ++i);
                    break;
                case "--fixtures":
                    options.FixturesDirectory = Value(args, ++i);
                    break;
                default:
                    throw new FormatException($"Unknown argument '{args[i]}'.");
            }
        }

        return new CommandLine(options, port);
    }

    /// <summary>The value that follows the option at index - 1.</summary>
    private static string Value(IReadOnlyList<string> args, int index) =>
        index < args.Count ? args[index] : throw new FormatException($"'{args[index - 1]}' needs a value.");

    private static int Number(IReadOnlyList<string> args, int index, int maximum = int.MaxValue) =>
        int.TryParse(Value(args, index), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number <= maximum
            ? number
            : throw new FormatException($"'{args[index - 1]}' needs a whole number from 0 to {maximum}.");

    private static double Share(IReadOnlyList<string> args, int index) =>
        double.TryParse(Value(args, index), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var share) && share <= 1
            ? share
            : throw new FormatException($"'{args[index - 1]}' needs a share from 0 to 1, e.g. 0.1.");
}
