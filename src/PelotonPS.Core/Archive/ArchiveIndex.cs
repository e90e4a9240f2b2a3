using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using PelotonPS.Http;
using PelotonPS.Json;

namespace PelotonPS.Archive
{
    /// <summary>
    /// The archive's index as an append-only journal: one JSON line per change, the last line for a workout wins.
    /// A line cut short by a crash is skipped when read (that workout is fetched again); a sync ends by rewriting
    /// the journal compactly, atomically.
    /// </summary>
    internal sealed class ArchiveIndex
    {
        private readonly string path;
        private readonly Dictionary<string, ArchiveEntry> entries;

        private ArchiveIndex(string path, Dictionary<string, ArchiveEntry> entries)
        {
            this.path = path;
            this.entries = entries;
        }

        public IReadOnlyDictionary<string, ArchiveEntry> Entries => entries;

        public static ArchiveIndex Load(string path, IPelotonLog log)
        {
            var entries = new Dictionary<string, ArchiveEntry>(StringComparer.Ordinal);
            if (File.Exists(path))
            {
                int lineNumber = 0;
                foreach (string line in File.ReadLines(path))
                {
                    lineNumber++;
                    if (TryParse(line) is { } entry)
                    {
                        entries[entry.WorkoutId] = entry;
                    }
                    else if (!string.IsNullOrWhiteSpace(line))
                    {
                        log.Verbose($"Ignored damaged line {lineNumber} of the archive index {path}; its workout will be fetched again.");
                    }
                }
            }

            return new ArchiveIndex(path, entries);
        }

        /// <summary>Records a change durably before anything else depends on it.</summary>
        public void Append(ArchiveEntry entry)
        {
            entries[entry.WorkoutId] = entry;
            byte[] line = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(entry, PelotonJson.Options) + "\n");
            ArchiveWrites.Guard(path, () =>
            {
                using var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read);
                stream.Write(line, 0, line.Length);
                stream.Flush(flushToDisk: true);
            });
        }

        /// <summary>Rewrites the journal with one line per workout, newest first.</summary>
        public void Compact()
        {
            var text = new StringBuilder();
            foreach (ArchiveEntry entry in entries.Values.OrderByDescending(e => e.CreatedAt ?? 0).ThenBy(e => e.WorkoutId, StringComparer.Ordinal))
            {
                text.Append(JsonSerializer.Serialize(entry, PelotonJson.Options)).Append('\n');
            }

            AtomicFile.Write(path, Encoding.UTF8.GetBytes(text.ToString()));
        }

        private static ArchiveEntry? TryParse(string line)
        {
            try
            {
                ArchiveEntry entry = PelotonJson.Deserialize<ArchiveEntry>(Encoding.UTF8.GetBytes(line));
                return string.IsNullOrEmpty(entry.WorkoutId) ? null : entry;
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }
}
