// Compound assignment whose right side awaits (x += await G()): the left value is read before the await.
using System;
using System.Threading.Tasks;

static class Program
{
    static int total = 10;
    static string label = "a";

    static async Task<int> G(int v)
    {
        await Task.Delay(5);
        return v;
    }

    // Changes the static field while the caller's compound assignment is suspended.
    static async Task<int> Clobber()
    {
        total = 1000;
        label = "clobbered";
        await Task.Delay(5);
        return 1;
    }

    static async Task<string> Suffix(string s)
    {
        await Task.Yield();
        return s;
    }

    static async Task Main()
    {
        int x = 1;
        x += await G(2);
        Console.WriteLine("+= " + x);
        x -= await G(1);
        Console.WriteLine("-= " + x);
        x *= await G(10);
        Console.WriteLine("*= " + x);
        x /= await G(3);
        Console.WriteLine("/= " + x);
        x %= await G(4);
        Console.WriteLine("%= " + x);

        long big = 5000000000L;
        big += await G(7);
        double d = 1.5;
        d *= await G(2);
        string s = "value";
        s += await Suffix("-suffix");
        Console.WriteLine(big + " " + d + " " + s);

        total += await Clobber();
        Console.WriteLine("total = " + total);
        label += await Suffix("+b");
        Console.WriteLine("label = " + label);

        for (int i = 1; i <= 3; i++)
        {
            total += await G(i);
        }
        Console.WriteLine("after loop: " + total);

        int y = 5;
        int z = y++ + await G(100) + ++y;
        Console.WriteLine("y = " + y + ", z = " + z);
        y--;
        --y;
        Console.WriteLine("y = " + y);
    }
}
