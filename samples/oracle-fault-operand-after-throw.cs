// An await that throws as an argument or an operand: C# evaluates operands left to right and stops
// at the first exception, so nothing to its right runs. Mono runs what is to its right anyway, and
// an exception there replaces the first one (samples/ORACLE-EXCEPTIONS.md).
using System;
using System.Threading.Tasks;

static class Program
{
    static async Task<int> Fail(string message)
    {
        await Task.Yield();
        throw new InvalidOperationException(message);
    }

    static async Task<int> Next(string label)
    {
        Console.WriteLine("  ran " + label);
        await Task.Yield();
        return 2;
    }

    static int Boom(string message)
    {
        Console.WriteLine("  ran Boom");
        throw new TimeoutException(message);
    }

    static int Add(int a, int b)
    {
        return a + b;
    }

    static async Task Main()
    {
        Console.WriteLine("argument after a failed await:");
        try
        {
            Console.WriteLine(Add(await Fail("the await"), Boom("the argument after it")));
        }
        catch (Exception e)
        {
            Console.WriteLine("caught: " + e.Message);
        }

        Console.WriteLine("operand after a failed await:");
        try
        {
            int x = (await Fail("the left operand")) + await Next("the right operand");
            Console.WriteLine(x);
        }
        catch (Exception e)
        {
            Console.WriteLine("caught: " + e.Message);
        }
    }
}
