using System;
using System.Collections.Generic;

static class Program
{
    static long LDiv(long a, long b) { return a / b; }
    static long LRem(long a, long b) { return a % b; }
    static double Zero() { return 0; }
    static long lf = 5;
    static double df = 0.5;

    static void Main()
    {
        try { Console.WriteLine(LDiv(long.MinValue, -1)); } catch (Exception e) { Console.WriteLine("ldiv: " + e.Message); }
        try { Console.WriteLine(LRem(long.MinValue, -1)); } catch (Exception e) { Console.WriteLine("lrem: " + e.Message); }
        try { Console.WriteLine(LRem(7, 0)); } catch (DivideByZeroException e) { Console.WriteLine("lrem0: " + e.Message); }
        Console.WriteLine(LDiv(-7, 2) + " " + LRem(-7, 2) + " " + LRem(7, -2));
        long lmin = long.MinValue;
        Console.WriteLine(-lmin == lmin);
        long x = long.MaxValue; x++;
        Console.WriteLine(x);
        double inf = 1 / Zero();
        Console.WriteLine(5 % inf);
        Console.WriteLine(inf % 5);
        Console.WriteLine(-5.0 % inf);
        Console.WriteLine(0.0 % 5);
        Console.WriteLine(-0.0 % 5);
        Console.WriteLine((long)(1e19 + Zero()) + " " + (long)(-1e19 + Zero()) + " " + (int)-0.9 + " " + (int)(Zero() / Zero()));
        Console.WriteLine((double)long.MaxValue);
        Console.WriteLine((double)int.MinValue);
        Console.WriteLine((long)((double)long.MaxValue + Zero()));
        double dd = 1.5; dd++; dd--; ++dd;
        Console.WriteLine(dd);
        lf++; ++lf; lf--; df++; df *= 3;
        Console.WriteLine(lf + " " + df);
        long[] la = { 1, 2 };
        la[0]++; la[1] *= 1000000000000;
        Console.WriteLine(la[0] + " " + la[1]);
        var dl = new List<double> { 0.5 };
        dl[0]++; dl[0] /= 4;
        Console.WriteLine(dl[0]);
        int ii = 10;
        ii /= 3; ii *= -1; ii %= 2;
        Console.WriteLine(ii);
        long big = 1;
        for (int i = 0; i < 70; i++) big *= 3;
        Console.WriteLine(big);
        int small = 1;
        for (int i = 0; i < 40; i++) small *= 3;
        Console.WriteLine(small);
        Console.WriteLine(int.MaxValue * 2L + " " + int.MinValue * -1L);
        Console.WriteLine(7 / 2 * 2.0 + " " + 7 / 2.0 * 2);
        Console.WriteLine(1e300 * 1e300 + " " + -1e300 * 1e300 + " " + 1e-320 / 1e10);
        Console.WriteLine(0.1 * 3 == 0.3);
        Console.WriteLine(Math.Abs(-0.0) + " " + Math.Max(-0.0, 0.0) + " " + Math.Abs(long.MinValue + 1));
    }
}
