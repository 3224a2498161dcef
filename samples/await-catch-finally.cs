// await inside catch and finally blocks: ordering of the prints, throw; after an await, finally on return/break/continue.
using System;
using System.Threading.Tasks;

static class Program
{
    static async Task LogAsync(string message)
    {
        await Task.Delay(10);
        Console.WriteLine("  log: " + message);
    }

    static async Task<int> Divide(int a, int b)
    {
        try
        {
            await Task.Yield();
            return a / b;
        }
        catch (DivideByZeroException e)
        {
            await LogAsync("caught " + e.Message);
            return -1;
        }
        finally
        {
            await LogAsync("finally for " + a + "/" + b);
        }
    }

    static async Task Rethrow()
    {
        try
        {
            throw new InvalidOperationException("original");
        }
        catch (InvalidOperationException)
        {
            await LogAsync("about to rethrow");
            throw;
        }
    }

    static async Task<string> Nested()
    {
        string trail = "start";
        try
        {
            try
            {
                await LogAsync("inner try");
                throw new NotImplementedException();
            }
            catch (NotImplementedException e)
            {
                trail += " > inner catch";
                await LogAsync(e.Message);
                throw new TimeoutException("from the inner catch");
            }
            finally
            {
                trail += " > inner finally";
                await LogAsync("inner finally");
            }
        }
        catch (TimeoutException e)
        {
            trail += " > outer catch (" + e.Message + ")";
            await LogAsync("outer catch");
        }
        return trail;
    }

    static async Task Main()
    {
        Console.WriteLine("10 / 2 = " + await Divide(10, 2));
        Console.WriteLine("1 / 0 = " + await Divide(1, 0));

        try
        {
            await Rethrow();
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("Main caught: " + e.Message);
        }

        Console.WriteLine(await Nested());

        for (int i = 0; i < 4; i++)
        {
            try
            {
                if (i == 1)
                {
                    continue;
                }
                if (i == 2)
                {
                    break;
                }
                Console.WriteLine("body " + i);
            }
            finally
            {
                await LogAsync("loop finally " + i);
            }
        }
        Console.WriteLine("done");
    }
}
