// double arithmetic and printing, restricted to values whose shortest round-trip string is also what Mono prints.
using System;

static class Program
{
    static double Average(int[] values)
    {
        int sum = 0;
        foreach (int v in values)
        {
            sum += v;
        }
        return (double)sum / values.Length;
    }

    static void Main()
    {
        double a = 2.5;
        double b = 0.25;
        double c = 3;
        Console.WriteLine(a);
        Console.WriteLine(b);
        Console.WriteLine(c);
        Console.WriteLine(a + b);
        Console.WriteLine(a * 2);
        Console.WriteLine(a / 2);
        Console.WriteLine(-a);
        Console.WriteLine(7.0 / 2);
        Console.WriteLine(10 / 4.0);
        Console.WriteLine(1.0 / 8);
        Console.WriteLine(0.5 + 0.25 + 0.125);
        Console.WriteLine(1e3);
        Console.WriteLine(1.5e2);
        Console.WriteLine(3000000000.0 * 2);

        int i = 7;
        Console.WriteLine("int / 2.0 = " + i / 2.0 + ", (double)int / 4 = " + (double)i / 4 + ", int / 2 = " + i / 2);
        Console.WriteLine("(int)(2.5 * 3) = " + (int)(a * 3) + ", (long)(-2.5) = " + (long)(-a));
        Console.WriteLine("average = " + Average(new[] { 1, 2, 3, 4 }));
        Console.WriteLine("Math: " + Math.Max(2.5, 1.5) + " " + Math.Min(-0.5, 0.5) + " " + Math.Abs(-0.75));
        Console.WriteLine("compare: " + (a > 2) + " " + (b < 0.5) + " " + (c == 3) + " " + (a != 2.5));

        double x = 0;
        while (x < 2)
        {
            Console.Write(x);
            Console.Write(" ");
            x += 0.5;
        }
        Console.WriteLine();

        double product = 1;
        for (int k = 0; k < 4; k++)
        {
            product *= 1.5;
        }
        Console.WriteLine("1.5^4 = " + product);
        Console.WriteLine($"interpolated: {a * 4} and {b - 1}");
        Console.WriteLine("ToString: " + a.ToString() + " " + (c / 4).ToString());
        x -= 0.25;
        x /= 2;
        Console.WriteLine("x = " + x);
    }
}
