using System;
using System.Threading.Tasks;

static class Program
{
    static async Task<int> Thrower(string m)
    {
        await Task.Delay(5);
        throw new InvalidOperationException(m);
    }

    static async Task Cleanup(string tag)
    {
        await Task.Delay(5);
        Console.WriteLine("cleanup " + tag);
    }

    static async Task<int> Work(int mode)
    {
        try
        {
            Console.WriteLine("try " + mode);
            if (mode == 1) return await Thrower("m1");
            if (mode == 2) throw new ArgumentException("m2");
            await Task.Yield();
            return 10;
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("catch IOE " + e.Message);
            await Cleanup("in catch");
            return 20;
        }
        finally
        {
            Console.WriteLine("finally " + mode);
            await Cleanup("in finally " + mode);
            Console.WriteLine("finally end " + mode);
        }
    }

    static async Task Rethrow()
    {
        try
        {
            await Thrower("orig");
        }
        catch (Exception e)
        {
            Console.WriteLine("rethrowing " + e.Message);
            await Task.Delay(1);
            throw;
        }
    }

    static async Task Main()
    {
        Console.WriteLine(await Work(0));
        Console.WriteLine(await Work(1));
        try
        {
            Console.WriteLine(await Work(2));
        }
        catch (ArgumentException e)
        {
            Console.WriteLine("outer caught " + e.Message);
        }
        try
        {
            await Rethrow();
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("rethrown " + e.Message);
        }
        try
        {
            try
            {
                await Thrower("inner");
            }
            finally
            {
                Console.WriteLine("inner finally");
            }
        }
        catch (Exception e)
        {
            Console.WriteLine("outer " + e.Message);
        }
    }
}
