// Exception filters (`catch (E e) when (cond)`): a filter runs in the first pass of exception
// handling, before the finally blocks between the throw and its catch clause; a false filter
// passes the exception on to the next clause; each filter runs once per throw; the catch
// variable is set when the filter runs. In async methods: awaits in the try block, a filter
// around an await that fails, and a finally block that awaits (C#'s compiler makes it a handler
// of its own, so it runs before an outer filter).
using System;
using System.Threading.Tasks;

class Program
{
    static int filterRuns;

    static bool Log(string what, bool result)
    {
        filterRuns++;
        Console.WriteLine("  filter " + what + " -> " + result);
        return result;
    }

    static async Task<int> FailAsync(string message)
    {
        await Task.Delay(10);
        throw new ArgumentException(message);
    }

    static void FirstPass()
    {
        Console.WriteLine("filter before the inner finally:");
        try
        {
            try
            {
                throw new InvalidOperationException("boom");
            }
            finally
            {
                Console.WriteLine("  inner finally");
            }
        }
        catch (InvalidOperationException e) when (Log(e.Message, true))
        {
            Console.WriteLine("  caught " + e.Message);
        }
    }

    static void FalseFilters()
    {
        Console.WriteLine("false filters, then a match further out:");
        try
        {
            try
            {
                try
                {
                    throw new ArgumentException("deep");
                }
                finally
                {
                    Console.WriteLine("  finally A");
                }
            }
            catch (ArgumentException e) when (Log("inner " + e.Message, false))
            {
                Console.WriteLine("  not here");
            }
            catch (InvalidOperationException)
            {
                Console.WriteLine("  nor here");
            }
            finally
            {
                Console.WriteLine("  finally B");
            }
        }
        catch (ArgumentException e) when (Log("outer " + e.Message, true))
        {
            Console.WriteLine("  caught " + e.Message);
        }
    }

    static void OncePerThrow()
    {
        Console.WriteLine("one filter run for two finally blocks:");
        int seen = 0;
        try
        {
            try
            {
                try
                {
                    throw new Exception("once");
                }
                finally
                {
                    Console.WriteLine("  F1");
                }
            }
            finally
            {
                Console.WriteLine("  F2");
            }
        }
        catch (Exception e) when (++seen > 0 && Log("seen " + seen + " " + e.Message, true))
        {
            Console.WriteLine("  caught, seen = " + seen);
        }
    }

    static void ClauseOrder(int kind)
    {
        try
        {
            if (kind == 0)
                throw new ArgumentOutOfRangeException();
            if (kind == 1)
                throw new ArgumentException("bad argument");
            throw new InvalidOperationException("invalid");
        }
        catch (ArgumentException e) when (Log("argument " + kind, kind == 1))
        {
            Console.WriteLine("  argument clause: " + e.Message);
        }
        catch (Exception e) when (Log("general " + kind, kind != 1))
        {
            Console.WriteLine("  general clause: " + e.Message);
        }
    }

    static async Task AsyncFilters()
    {
        Console.WriteLine("async:");
        for (int i = 0; i < 3; i++)
        {
            try
            {
                await FailAsync("attempt " + i);
            }
            catch (ArgumentException e) when (i % 2 == 0)
            {
                Console.WriteLine("  even " + e.Message);
            }
            catch (ArgumentException e)
            {
                Console.WriteLine("  odd " + e.Message);
            }
        }
        try
        {
            try
            {
                await FailAsync("awaited");
            }
            finally
            {
                Console.WriteLine("  plain finally after the filter");
            }
        }
        catch (Exception e) when (Log("async " + e.Message, true))
        {
            Console.WriteLine("  caught " + e.Message);
        }
        try
        {
            try
            {
                throw new Exception("barrier");
            }
            finally
            {
                Console.WriteLine("  awaiting finally runs first");
                await Task.Yield();
            }
        }
        catch (Exception e) when (Log(e.Message, true))
        {
            Console.WriteLine("  caught " + e.Message);
        }
    }

    static async Task Main()
    {
        FirstPass();
        FalseFilters();
        OncePerThrow();
        Console.WriteLine("clauses in order:");
        for (int k = 0; k < 3; k++)
            ClauseOrder(k);
        await AsyncFilters();
        Console.WriteLine("filters run: " + filterRuns);
    }
}
