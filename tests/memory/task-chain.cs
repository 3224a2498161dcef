// 300,000 async calls that each suspend once (one box each) and 300,000 completed Task<long>s.
using System;
using System.Threading.Tasks;

static class Program
{
    static async Task<long> Step(long i)
    {
        await Task.Yield();
        return i * 2;
    }

    static async Task Main()
    {
        long sum = 0;
        for (int i = 0; i < 300000; i++)
        {
            sum += await Step(i);
            sum += await Task.FromResult((long)i);
        }
        Console.WriteLine(sum);
    }
}
