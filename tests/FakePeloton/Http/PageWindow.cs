using System.Text.Json;

namespace FakePeloton.Http;

/// <summary>Which items of a result one page holds, and the paging envelope's members for it (peloton-api.md 3.4).</summary>
internal sealed record PageWindow(PageRequest Request, int Total)
{
    public int Skip => (int)Math.Min((long)Request.Page * Request.Limit, Total);

    public int Count => Math.Min(Request.Limit, Total - Skip);

    public int PageCount => (Total + Request.Limit - 1) / Request.Limit;

    /// <summary>
    /// The envelope in the member order of the workout pages: data, limit, page, total, count, page_count,
    /// show_previous, show_next, sort_by, then any extra members.
    /// </summary>
    public byte[] Write<T>(IReadOnlyList<T> all, Action<Utf8JsonWriter, T> writeItem, string sortBy, Action<Utf8JsonWriter>? writeExtras = null) =>
        JsonBytes.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("data");
            for (var i = Skip; i < Skip + Count; i++)
            {
                writeItem(writer, all[i]);
            }

            writer.WriteEndArray();
            writer.WriteNumber("limit", Request.Limit);
            writer.WriteNumber("page", Request.Page);
            writer.WriteNumber("total", Total);
            writer.WriteNumber("count", Count);
            writer.WriteNumber("page_count", PageCount);
            writer.WriteBoolean("show_previous", Request.Page > 0);
            writer.WriteBoolean("show_next", Request.Page < PageCount - 1);
            writer.WriteString("sort_by", sortBy);
            writeExtras?.Invoke(writer);
            writer.WriteEndObject();
        });
}
