// The left operand is read before the right one runs, await or not: in `x += await Id(x++)` and
// `y + await Id(y++)` C# reads 1, then the increment passes 1 and stores 2, so both give 1 + 1 = 2.
// mcs reads the variable again after the await and gives 3 (samples/ORACLE-EXCEPTIONS.md).
using System;
using System.Threading.Tasks;

static class Program
{
    static long total = 10;

    static async Task<int> Id(int v)
    {
        await Task.Yield();
        return v;
    }

    static async Task Main()
    {
        int x = 1;
        x += await Id(x++);
        Console.WriteLine("x += await Id(x++): " + x);

        int y = 1;
        int z = y + await Id(y++);
        Console.WriteLine("y + await Id(y++): " + z + ", y = " + y);

        int w = 5;
        w *= await Id(w--);
        Console.WriteLine("w *= await Id(w--): " + w);

        total -= await Id((int)total++);
        Console.WriteLine("total -= await Id((int)total++): " + total);
    }
}
