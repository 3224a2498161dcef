using System;
using System.Threading.Tasks;

// Tasks passed by `ref` and `out` to the program's own methods: after the call the variable
// holds what the callee left, so an await of it is not known complete (the facts forget what
// they knew of a local passed by reference, and of a collection whose element is).
static class Program
{
    static void Swap(ref Task a, ref Task b) { var t = a; a = b; b = t; }
    static void Start(out Task<int> t, int value) { t = Later(value); }
    static void Put(ref Task slot) { slot = Task.Delay(20); }

    static async Task<int> Later(int value)
    {
        await Task.Delay(10);
        return value;
    }

    static async Task Main()
    {
        Task done = Task.CompletedTask;
        Task slow = Task.Delay(30);
        Swap(ref done, ref slow);
        Console.WriteLine("swapped: " + done.IsCompleted + " " + slow.IsCompleted);
        await done;
        Console.WriteLine("awaited: " + done.IsCompleted);

        Task<int> t = Task.FromResult(1);
        Start(out t, 42);
        Console.WriteLine("started: " + t.IsCompleted);
        Console.WriteLine("result: " + await t);

        var tasks = new Task[] { Task.CompletedTask, Task.CompletedTask };
        Put(ref tasks[1]);
        Console.WriteLine("put: " + tasks[0].IsCompleted + " " + tasks[1].IsCompleted);
        await Task.WhenAll(tasks);
        Console.WriteLine("all: " + tasks[1].IsCompleted);
    }
}
