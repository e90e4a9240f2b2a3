using System;

namespace PelotonPS.Paging
{
    /// <summary>
    /// -Skip and -First over a paged list. Without local filtering a large -Skip jumps whole pages instead of
    /// downloading them; the rest is skipped item by item.
    /// </summary>
    internal sealed class Slice
    {
        private readonly ulong first;
        private ulong toSkip;
        private ulong taken;

        public Slice(ulong skip, ulong first, int pageSize, bool canJumpPages)
        {
            this.first = first;
            ulong pagesToJump = canJumpPages ? skip / (ulong)pageSize : 0;
            StartPage = (int)Math.Min(pagesToJump, int.MaxValue);
            toSkip = skip - ((ulong)StartPage * (ulong)pageSize);
            Done = first == 0;
        }

        /// <summary>The page to start at.</summary>
        public int StartPage { get; }

        /// <summary>True once -First items were taken.</summary>
        public bool Done { get; private set; }

        /// <summary>Whether to emit the next matching item (false while still skipping).</summary>
        public bool Take()
        {
            if (toSkip > 0)
            {
                toSkip--;
                return false;
            }

            Done = ++taken >= first;
            return true;
        }
    }
}
