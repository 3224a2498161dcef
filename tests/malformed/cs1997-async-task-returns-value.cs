// expect: CS1997
// An async method returning plain Task returns a value (it should return Task<int>).
using System;
using System.Threading.Tasks;


static class Program
{
    static async Task ComputeAsync()
    {
        await Task.Delay(10);
        return 42;
    }

    static async Task Main()
    {
        await ComputeAsync();
    }
}
