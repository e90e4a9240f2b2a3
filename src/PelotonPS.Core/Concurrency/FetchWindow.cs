using System.Collections.Generic;
using System.Threading.Tasks;

namespace PelotonPS.Concurrency
{
    /// <summary>
    /// Requests already started for pipeline input, oldest first. The caller takes the oldest whenever the window
    /// is full, so at most <see cref="Capacity"/> requests run at once and results come out in input order.
    /// </summary>
    internal sealed class FetchWindow<T>
    {
        private readonly Queue<(object Target, Task<T> Task)> pending = new();

        public FetchWindow(int capacity)
        {
            Capacity = capacity < 1 ? 1 : capacity;
        }

        public int Capacity { get; }

        public int Count => pending.Count;

        public bool IsFull => pending.Count >= Capacity;

        public void Add(object target, Task<T> task) => pending.Enqueue((target, task));

        public (object Target, Task<T> Task) TakeOldest() => pending.Dequeue();
    }
}
