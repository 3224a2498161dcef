// expect: CS0029
// The Task<int> is assigned to an int without being awaited.
using System;
using System.Threading.Tasks;


static class Program
{
    static async Task<int> GetAsync()
    {
        await Task.Delay(1);
        return 1;
    }

    static async Task Main()
    {
        int value = GetAsync();
        Console.WriteLine(value);
        await Task.Delay(1);
    }
}
