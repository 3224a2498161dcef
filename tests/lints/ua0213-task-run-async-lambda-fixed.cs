// Tutorial Trap D, fixed: async work is awaited directly; Task.Run is kept for CPU-bound work before the first await.
// expect: none
using System;
using System.Threading.Tasks;

static class Program
{
    static async Task<int> FetchAsync(int id)
    {
        await Task.Delay(1);
        return id * 2;
    }

    static int Crunch(int n)
    {
        int sum = 0;
        for (int i = 0; i < n; i++) sum += i % 7;
        return sum;
    }

    static async Task Main()
    {
        int value = await FetchAsync(21);
        int crunched = await Task.Run(async () =>
        {
            int c = Crunch(1000);
            await Task.Delay(1);
            return c;
        });
        int sync = await Task.Run(() => Crunch(10));
        Console.WriteLine(value + crunched + sync);
    }
}
