using System;
using System.IO;

namespace PelotonPS.Archive
{
    /// <summary>
    /// Writes a file under a temporary name and renames it into place, so a crash leaves either the old file or
    /// the new one, never half of one. Leftover temporary files are swept at the next sync.
    /// </summary>
    internal static class AtomicFile
    {
        private const string TemporaryMarker = ".tmp-";

        public static void Write(string path, byte[] content) => ArchiveWrites.Guard(path, () => WriteNow(path, content));

        private static void WriteNow(string path, byte[] content)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            string temporary = path + TemporaryMarker + Guid.NewGuid().ToString("N");
            try
            {
                using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                {
                    stream.Write(content, 0, content.Length);
                    stream.Flush(flushToDisk: true);
                }

                if (File.Exists(path))
                {
                    File.Replace(temporary, path, null);
                }
                else
                {
                    File.Move(temporary, path);
                }
            }
            finally
            {
                if (File.Exists(temporary))
                {
                    File.Delete(temporary);
                }
            }
        }

        /// <summary>Deletes temporary files an interrupted run left behind.</summary>
        public static int SweepTemporaries(string folder)
        {
            if (!Directory.Exists(folder))
            {
                return 0;
            }

            int swept = 0;
            foreach (string leftover in Directory.EnumerateFiles(folder, "*" + TemporaryMarker + "*", SearchOption.AllDirectories))
            {
                File.Delete(leftover);
                swept++;
            }

            return swept;
        }
    }
}
