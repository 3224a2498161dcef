// Trap E / Pattern 3, after: every call starts first, then Main awaits them once: Main
// suspends once instead of once per item. Each call still suspends and allocates its box, and
// WhenAll adds its own task and arrays, so under .NET's model batching allocates slightly more
// than the serial loop; what it removes is Main's suspensions and resumptions (docs/runtime.md).
// counts dotnet: state machine boxes=101; total=109; suspensions=101
// counts unawait: state machine boxes=101; total=109; suspensions=101
using System;
using System.Linq;
using System.Threading.Tasks;

static class Program
{
    static async Task<int> LoadAsync(int id)
    {
        await Task.Yield();
        return id * 2;
    }

    static async Task Main()
    {
        int[] results = await Task.WhenAll(Enumerable.Range(0, 100).Select(LoadAsync));
        Console.WriteLine(results.Sum(r => (long)r));
    }
}
