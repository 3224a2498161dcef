// expect: CS0121
// A lambda whose body only throws has no inferred return type: Func<int> and Func<Task<int>> convert it equally well, so Task.Run<int>(...) is ambiguous (mcs: CS0121 too).
using System;
using System.Threading.Tasks;

class Program
{
    static async Task Main()
    {
        Task<int> failing = Task.Run<int>(() => { throw new InvalidOperationException("boom"); });
        try
        {
            await failing;
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.Message);
        }
    }
}
