using System;
using System.Threading;
using System.Threading.Tasks;

class Counter {
    private readonly object gate = new object();
    private int count;
    public void Add(int n) {
        lock (gate) {
            count += n;
        }
    }
    public int Count { get { lock (gate) { return count; } } }
}

class Program {
    static readonly object Gate = new object();
    static int shared;

    static void Nested() {
        lock (Gate) {
            lock (Gate) {
                Console.WriteLine("re-entered: " + Monitor.IsEntered(Gate));
            }
            Console.WriteLine("still held: " + Monitor.IsEntered(Gate));
        }
        Console.WriteLine("released: " + Monitor.IsEntered(Gate));
    }

    static void Throws() {
        try {
            lock (Gate) {
                throw new InvalidOperationException("inside the lock");
            }
        } catch (InvalidOperationException e) {
            Console.WriteLine("caught: " + e.Message + ", held: " + Monitor.IsEntered(Gate));
        }
    }

    static async Task Worker(int id) {
        await Task.Yield();
        for (int i = 0; i < 3; i++) {
            lock (Gate) {
                int before = shared;
                Task.Delay(1).Wait();
                shared = before + 1;
            }
            await Task.Delay(1);
        }
    }

    static async Task<int> Compute(string s) {
        await Task.Delay(1);
        lock (s) {
            return s.Length;
        }
    }

    static async Task Main() {
        var c = new Counter();
        c.Add(2);
        c.Add(3);
        Console.WriteLine(c.Count);
        Nested();
        Throws();
        await Task.WhenAll(Worker(1), Worker(2), Worker(3));
        Console.WriteLine("shared = " + shared);
        Console.WriteLine(await Compute("hello"));
        object none = null;
        try {
            lock (none) { Console.WriteLine("unreachable"); }
        } catch (ArgumentNullException e) {
            Console.WriteLine(e.Message);
        }
        try {
            Monitor.Exit(Gate);
        } catch (SynchronizationLockException e) {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
        int[] arr = { 1, 2, 3 };
        lock (arr) { arr[0] = 10; }
        Console.WriteLine(arr[0]);
    }
}
