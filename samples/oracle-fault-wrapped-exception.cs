// An exception thrown while a string concatenation that awaited is evaluated, caught, then a later
// `finally` of the same method that awaits: the exception is handled once caught (ECMA-334 §13.11)
// and the method goes on. Mono throws RuntimeWrappedException from that `finally` (fault 3 of
// docs/difftest.md, which `throw new E("t" + await X())` also shows; the knobs `spill` and
// `finally-sync` avoid it). Found by crates/difftest.
using System;
using System.Threading.Tasks;

static class Program
{
    static async Task<int> Zero()
    {
        await Task.Yield();
        return 0;
    }

    static int Fail()
    {
        throw new InvalidOperationException("fail");
    }

    static async Task Main()
    {
        try
        {
            Console.WriteLine("a:" + await Zero() + ":" + Fail());
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("caught " + e.Message);
        }
        try
        {
            Console.WriteLine("try");
        }
        finally
        {
            await Task.Yield();
            Console.WriteLine("finally");
        }
        Console.WriteLine("end");
    }
}
