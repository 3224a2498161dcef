// C# 12: checked and unchecked blocks and expressions, OverflowException from int arithmetic, compound assignment on a byte and double-to-int conversion, constant expressions that only compile inside unchecked, FNV hashing with unchecked arithmetic, unsigned wraparound
// mcs: compiles and runs
using System;

class Program
{
    static int Hash(string s)
    {
        unchecked
        {
            int h = (int)2166136261;
            foreach (char c in s) h = (h ^ c) * 16777619;
            return h;
        }
    }

    static long Factorial(int n)
    {
        long result = 1;
        for (int i = 2; i <= n; i++)
            result = checked(result * i);
        return result;
    }

    static void Main()
    {
        int max = int.MaxValue;
        int wrapped = unchecked(max + 1);
        Console.WriteLine($"unchecked: {wrapped}");
        try
        {
            int boom = checked(max + 1);
            Console.WriteLine(boom);
        }
        catch (OverflowException e)
        {
            Console.WriteLine($"checked: {e.GetType().Name}");
        }

        checked
        {
            try
            {
                byte b = 200;
                b += 100;
                Console.WriteLine(b);
            }
            catch (OverflowException)
            {
                Console.WriteLine("byte overflow in a checked block");
            }
        }

        Console.WriteLine(Factorial(20));
        try { Factorial(21); }
        catch (OverflowException) { Console.WriteLine("21! overflows long"); }

        const int big = int.MaxValue;
        Console.WriteLine(unchecked(big * 2));
        Console.WriteLine(unchecked((int)(long)1e10));
        double huge = 1e20;
        try { Console.WriteLine(checked((int)huge)); }
        catch (OverflowException) { Console.WriteLine("double to int overflow"); }
        Console.WriteLine($"hash {Hash("abc")} {Hash("abd")}");
        uint u = 0;
        u = unchecked(u - 1);
        Console.WriteLine(u);
    }
}
