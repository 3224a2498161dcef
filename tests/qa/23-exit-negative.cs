using System;
using System.Threading.Tasks;

static class Program
{
    static async Task<int> Main(string[] args)
    {
        await Task.Delay(5);
        Console.WriteLine("args " + args.Length);
        return -2;
    }
}
