using System;
using System.Threading.Tasks;

// Which completed tasks are shared objects. An async method that finishes without suspending
// (an await of a completed task does not suspend)
// returns a cached task for the results .NET caches (bool, int -1..8, and default(T) of long
// and of reference types); every other result gets a task of its own. ValueTask.AsTask() and,
// since .NET 6, Task.FromResult share the same cache (Mono's FromResult does not).
static class Program
{
    static async Task<int> Int(int v) { await Task.CompletedTask; return v; }
    static async Task<bool> Bool(bool v) { await Task.CompletedTask; return v; }
    static async Task<long> Long(long v) { await Task.CompletedTask; return v; }
    static async Task<string> Text(string v) { await Task.CompletedTask; return v; }
    static async Task Done() { await Task.CompletedTask; }

    static void Main()
    {
        Console.WriteLine("int -1: " + (Int(-1) == Int(-1)));
        Console.WriteLine("int 8: " + (Int(8) == Int(8)));
        Console.WriteLine("int 9: " + (Int(9) == Int(9)));
        Console.WriteLine("bool: " + (Bool(true) == Bool(true)) + " " + (Bool(false) == Bool(false)));
        Console.WriteLine("long 0: " + (Long(0) == Long(0)));
        Console.WriteLine("long 1: " + (Long(1) == Long(1)));
        Console.WriteLine("string null: " + (Text(null) == Text(null)));
        Console.WriteLine("string x: " + (Text("x") == Text("x")));
        Console.WriteLine("Task: " + (Done() == Done()));
        Console.WriteLine("AsTask 3: " + (new ValueTask<int>(3).AsTask() == new ValueTask<int>(3).AsTask()));
        Console.WriteLine("AsTask 300: " + (new ValueTask<int>(300).AsTask() == new ValueTask<int>(300).AsTask()));
        Console.WriteLine("AsTask vs method: " + (new ValueTask<int>(3).AsTask() == Int(3)));
        Console.WriteLine("FromResult 5: " + (Task.FromResult(5) == Task.FromResult(5)));
        Console.WriteLine("FromResult 500: " + (Task.FromResult(500) == Task.FromResult(500)));
    }
}
