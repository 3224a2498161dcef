using System;
using System.Threading.Tasks;

static class Program
{
    static async Task Pause() { await Task.Delay(1); }

    static async Task<string> FinallyReplaces()
    {
        try
        {
            try
            {
                await Pause();
                throw new InvalidOperationException("original");
            }
            finally
            {
                await Pause();
                throw new NotSupportedException("from finally");
            }
        }
        catch (InvalidOperationException e) { return "IOE " + e.Message; }
        catch (NotSupportedException e) { return "NSE " + e.Message; }
    }

    static async Task<string> NestedRethrow()
    {
        try
        {
            try
            {
                throw new ArgumentException("outer one");
            }
            catch (ArgumentException)
            {
                try
                {
                    await Pause();
                    throw new TimeoutException("inner one");
                }
                catch (TimeoutException)
                {
                    await Pause();
                }
                throw;
            }
        }
        catch (Exception e)
        {
            return "rethrown: " + e.Message;
        }
    }

    static async Task<string> PendingThroughFinally()
    {
        string log = "";
        try
        {
            try
            {
                throw new DivideByZeroException();
            }
            finally
            {
                log += "f1 ";
                await Pause();
                log += "f2 ";
            }
        }
        catch (DivideByZeroException e)
        {
            log += "caught " + e.Message;
        }
        return log;
    }

    static async Task<int> CatchAllBare()
    {
        int r = 0;
        try { await Pause(); int z = 0; r = 10 / z; }
        catch { r = -1; await Pause(); r -= 1; }
        finally { r *= 10; }
        return r;
    }

    static async Task<string> ThrowInCatch()
    {
        try
        {
            try { throw new IndexOutOfRangeException(); }
            catch (IndexOutOfRangeException e)
            {
                await Pause();
                throw new InvalidOperationException("wrapped: " + e.Message);
            }
            finally { Console.WriteLine("  inner finally"); }
        }
        catch (InvalidOperationException e) { return e.Message; }
    }

    static async Task Main()
    {
        Console.WriteLine(await FinallyReplaces());
        Console.WriteLine(await NestedRethrow());
        Console.WriteLine(await PendingThroughFinally());
        Console.WriteLine(await CatchAllBare());
        Console.WriteLine(await ThrowInCatch());
        int count = 0;
        for (int i = 0; i < 1000; i++)
        {
            try { if (i % 3 == 0) throw new Exception("x"); await Task.Yield(); }
            catch (Exception) { count++; }
        }
        Console.WriteLine("caught " + count);
    }
}
