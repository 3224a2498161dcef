// `goto case` and `goto default` out of a try block whose finally block runs first: in an async
// method where the try statement awaits, Mono skips the finally block (C#: a goto that leaves a
// try block runs its finally block, ECMA-334 §13.10.4, §13.11), so "[finally ...]" is missing
// from Mono's output (samples/ORACLE-EXCEPTIONS.md).
using System;
using System.Threading.Tasks;

static class Program
{
    static async Task<string> Step(int n)
    {
        string log = "";
        switch (n)
        {
            case 1:
                try
                {
                    log += "one,";
                    await Task.Yield();
                    goto default;
                }
                finally
                {
                    log += "[finally 1],";
                }
            case 2:
                try
                {
                    log += "two,";
                    goto case 1;
                }
                finally
                {
                    await Task.Yield();
                    log += "[finally 2],";
                }
            default:
                log += "default";
                break;
        }
        return log;
    }

    static async Task Main()
    {
        Console.WriteLine(await Step(1));
        Console.WriteLine(await Step(2));
    }
}
