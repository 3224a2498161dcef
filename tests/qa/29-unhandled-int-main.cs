using System;
using System.Threading.Tasks;

static class Program
{
    static int Divide(int a, int b) { return a / b; }

    static async Task<int> Main()
    {
        Console.WriteLine("dividing");
        await Task.Yield();
        return Divide(1, 0);
    }
}
