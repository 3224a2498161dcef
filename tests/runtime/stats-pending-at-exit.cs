// --stats counts an await that is still suspended when the program ends as one that ran (it was
// reached, and never got its result): a forgotten task's await, here, is in the table with
// ran 1, suspended 1, resumed nowhere.
using System;
using System.Threading.Tasks;

static class Program
{
    static async Task TickAsync(int ms)
    {
        await Task.Delay(ms);
    }

    static async Task Main()
    {
        await TickAsync(10);
        Task forgotten = TickAsync(500);
        Console.WriteLine("exit before the second tick");
    }
}
