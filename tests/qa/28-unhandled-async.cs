using System;
using System.Threading.Tasks;

static class Program
{
    static async Task<int> Deep(int n)
    {
        await Task.Delay(1);
        if (n == 0) throw new ArgumentException("bad value", "n");
        return await Deep(n - 1);
    }

    static async Task Main()
    {
        Console.WriteLine("start");
        int r = await Deep(3);
        Console.WriteLine("not reached " + r);
    }
}
