// checked and unchecked: integer + - * and unary minus, ++/--, compound assignments and the
// explicit narrowing conversions (casts, and foreach's conversion of each element) throw
// OverflowException in a checked context and wrap in the default (unchecked) one; the context is lexical (a method called from a checked block is not
// checked), and constants that overflow need `unchecked`.
using System;
using System.Threading.Tasks;

class Program
{
    static int counter = int.MaxValue;

    static async Task<int> One()
    {
        await Task.Yield();
        return 1;
    }

    static int AddUnchecked(int a, int b) { return a + b; }

    static void Report(string what, Exception e)
    {
        Console.WriteLine(what + ": " + e.Message);
    }

    static async Task Main()
    {
        int max = int.MaxValue;
        long min = long.MinValue;
        double huge = 3e10;

        Console.WriteLine("default context wraps: " + (max + 1) + " " + (min - 1) + " " + (max * 2) + " " + -min);
        Console.WriteLine("unchecked wraps: " + unchecked(max + 1) + " " + unchecked((int)min) + " " + unchecked((int)3000000000L) + " " + unchecked(int.MaxValue * 2));

        try { Console.WriteLine(checked(max + 1)); } catch (OverflowException e) { Report("checked +", e); }
        try { Console.WriteLine(checked(min - 1)); } catch (OverflowException e) { Report("checked -", e); }
        try { Console.WriteLine(checked(max * 3)); } catch (OverflowException e) { Report("checked *", e); }
        try { Console.WriteLine(checked(-min)); } catch (OverflowException e) { Report("checked unary -", e); }
        try { Console.WriteLine(checked((int)min)); } catch (OverflowException e) { Report("checked (int)long", e); }
        try { Console.WriteLine(checked((int)huge)); } catch (OverflowException e) { Report("checked (int)double", e); }
        try { Console.WriteLine(checked((long)(huge * huge))); } catch (OverflowException e) { Report("checked (long)double", e); }
        double nan = huge - huge;
        nan = nan / nan;
        try { Console.WriteLine(checked((int)nan)); } catch (OverflowException e) { Report("checked (int)NaN", e); }
        Console.WriteLine("in range: " + checked(max - 1 + 1) + " " + checked((int)(long)max));
        double edge = -2147483648.9;
        double edgeLong = -9223372036854775808.0;
        Console.WriteLine("edges: " + checked((int)edge) + " " + checked((long)edgeLong));
        Console.WriteLine("doubles never overflow: " + checked(huge * huge));

        checked
        {
            int y = max;
            try { y++; } catch (OverflowException e) { Report("checked ++", e); }
            Console.WriteLine("y is unchanged: " + y);
            try { y += await One(); } catch (OverflowException e) { Report("checked += await", e); }
            try { counter += 1; } catch (OverflowException e) { Report("checked static +=", e); }
            try { Console.WriteLine(max + await One()); } catch (OverflowException e) { Report("checked operand after await", e); }
            Console.WriteLine("a called method is not checked: " + AddUnchecked(max, 1));
            long wide = max;
            wide++;
            Console.WriteLine("long has room: " + wide);
            unchecked
            {
                y++;
                Console.WriteLine("unchecked inside checked: " + y);
            }
            int z = unchecked(max + 1);
            Console.WriteLine("unchecked expression inside checked: " + z);
        }
        // foreach converts each element explicitly: wrapping and truncating, or checked.
        foreach (int e in new long[] { 5000000000, 7 })
            Console.WriteLine("foreach (int) over longs: " + e);
        foreach (int e in new double[] { 2.5, -3.7 })
            Console.WriteLine("foreach (int) over doubles: " + e);
        try
        {
            checked
            {
                foreach (int e in new long[] { 1, 5000000000 })
                    Console.WriteLine("checked foreach: " + e);
            }
        }
        catch (OverflowException e)
        {
            Report("checked foreach conversion", e);
        }
        int w = max;
        w++;
        Console.WriteLine("default context again: " + w);
        int minInt = int.MinValue;
        int minusOne = -1;
        try { Console.WriteLine(minInt / minusOne); } catch (OverflowException e) { Report("int.MinValue / -1 (any context)", e); }
    }
}
