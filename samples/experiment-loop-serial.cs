// Trap E / Pattern 3, before: one await per iteration: Main suspends and resumes once per
// item, one operation at a time.
// counts dotnet: state machine boxes=101; total=101; suspensions=200
// counts unawait: state machine boxes=3; total=3; suspensions=200
using System;
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
        long sum = 0;
        for (int id = 0; id < 100; id++)
            sum += await LoadAsync(id);
        Console.WriteLine(sum);
    }
}
