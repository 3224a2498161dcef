// `continue` in a catch block, inside try blocks whose finally blocks await: the finally blocks run,
// then the next iteration runs in full. After the first such `continue`, Mono skips the rest of the
// body in later iterations too, so "end of body" is missing for i = 1 and i = 3
// (samples/ORACLE-EXCEPTIONS.md).
using System;
using System.Threading.Tasks;

static class Program
{
    static async Task Log(string message)
    {
        await Task.Yield();
        Console.WriteLine("  " + message);
    }

    static async Task<int> Loop()
    {
        int total = 0;
        for (int i = 0; i < 4; i++)
        {
            try
            {
                try
                {
                    if (i % 2 == 0)
                    {
                        throw new InvalidOperationException("even " + i);
                    }
                    total += i;
                }
                catch (InvalidOperationException e)
                {
                    Console.WriteLine("  caught " + e.Message);
                    continue;
                }
                finally
                {
                    await Log("inner finally " + i);
                }
            }
            finally
            {
                await Log("outer finally " + i);
            }
            Console.WriteLine("  end of body " + i);
        }
        return total;
    }

    static async Task Main()
    {
        Console.WriteLine("total = " + await Loop());
    }
}
