using System.Text.Json;
using FakePeloton.History;

namespace FakePeloton.Routes;

/// <summary>Writes one page of the history in the paging envelope of peloton-api.md 3.4 and 4.3.</summary>
internal static class WorkoutPage
{
    /// <summary>What the real API echoes for the sort clients ask for (-created).</summary>
    private const string SortBy = "-created_at,-pk";

    public static byte[] Write(HistorySnapshot history, int limit, int page, WorkoutShape shape)
    {
        var all = history.NewestFirst;
        var total = all.Length;
        var pageCount = (total + limit - 1) / limit;
        var skip = (int)Math.Min((long)page * limit, total);
        var items = new ArraySegment<FakeWorkout>(all, skip, Math.Min(limit, total - skip));

        return JsonBytes.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("data");
            foreach (var workout in items)
            {
                workout.WriteListItem(writer, shape);
            }

            writer.WriteEndArray();
            writer.WriteNumber("limit", limit);
            writer.WriteNumber("page", page);
            writer.WriteNumber("total", total);
            writer.WriteNumber("count", items.Count);
            writer.WriteNumber("page_count", pageCount);
            writer.WriteBoolean("show_previous", page > 0);
            writer.WriteBoolean("show_next", page < pageCount - 1);
            writer.WriteString("sort_by", SortBy);
            if (items.Count > 0)
            {
                WriteNext(writer, items[^1]);
            }

            WriteSummary(writer, history);
            writer.WriteStartArray("aggregate_stats");
            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    /// <summary>The page's last item; no request parameter is known to take it as a cursor.</summary>
    private static void WriteNext(Utf8JsonWriter writer, FakeWorkout last)
    {
        writer.WriteStartObject("next");
        writer.WriteString("workout_id", last.WorkoutId);
        writer.WriteNumber("created_at", last.CreatedAt.ToUnixTimeSeconds());
        writer.WriteEndObject();
    }

    private static void WriteSummary(Utf8JsonWriter writer, HistorySnapshot history)
    {
        writer.WriteStartObject("summary");
        foreach (var (month, count) in history.MonthCounts)
        {
            writer.WriteNumber(month, count);
        }

        writer.WriteEndObject();
    }
}
