// An exception that went through a finally block with an await, and was then caught, must stay
// caught: Mono throws it again from a later finally block with an await in the same method, and a
// `return` pending in that later try is lost the same way (samples/ORACLE-EXCEPTIONS.md).
using System;
using System.Threading.Tasks;

static class Program
{
    static async Task Log(string message)
    {
        await Task.Yield();
        Console.WriteLine("  " + message);
    }

    static async Task<int> CaughtThenFinally()
    {
        try
        {
            try
            {
                throw new InvalidOperationException("first");
            }
            finally
            {
                await Log("first finally");
            }
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("  caught " + e.Message);
        }
        try
        {
            Console.WriteLine("  second try");
        }
        finally
        {
            await Log("second finally");
        }
        Console.WriteLine("  after the second finally");
        return 5;
    }

    static async Task<int> ReturnThroughFinally()
    {
        try
        {
            try
            {
                throw new InvalidOperationException("earlier");
            }
            finally
            {
                await Log("first finally");
            }
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("  caught " + e.Message);
        }
        try
        {
            return 3;
        }
        finally
        {
            await Log("second finally");
        }
    }

    static async Task Main()
    {
        Console.WriteLine("a caught exception, then a finally:");
        try
        {
            Console.WriteLine("returned " + await CaughtThenFinally());
        }
        catch (Exception e)
        {
            Console.WriteLine("threw " + e.Message);
        }
        Console.WriteLine("a caught exception, then a return through a finally:");
        try
        {
            Console.WriteLine("returned " + await ReturnThroughFinally());
        }
        catch (Exception e)
        {
            Console.WriteLine("threw " + e.Message);
        }
    }
}
