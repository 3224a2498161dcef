using System;
using System.Threading.Tasks;

static class Program
{
    static async Task<int> Code()
    {
        await Task.Yield();
        return 256 + 9;
    }

    static async Task<int> Main()
    {
        int c = await Code();
        Console.WriteLine("code " + c);
        return c;
    }
}
