// expect: CS4033, CS1997, CS4008, CS0029
// Four async mistakes: await in a void method, a value returned from async Task, awaiting void, and a Task<int> used as an int. (mcs stops after its first phase and reports only CS4033.)
using System;
using System.Threading.Tasks;


static class Program
{
    static void NotAsync()
    {
        await Task.Delay(10);
    }

    static async Task ReturnsValue()
    {
        await Task.Delay(10);
        return 5;
    }

    static void Nothing()
    {
    }

    static async Task<int> GetAsync()
    {
        await Task.Delay(10);
        return 1;
    }

    static async Task Main()
    {
        await Nothing();
        int value = GetAsync();
        Console.WriteLine(value);
    }
}
