// Integer semantics: 32-bit wrap-around, long arithmetic, C# division and remainder with negatives, numeric casts, Math.
using System;

static class Program
{
    static int Main(string[] args)
    {
        int max = int.MaxValue;
        int wrapped = max + 1;
        Console.WriteLine("int.MaxValue + 1 = " + wrapped);
        Console.WriteLine("min - 1 = " + (wrapped - 1));
        Console.WriteLine("max * 2 = " + max * 2);
        Console.WriteLine("-min = " + -wrapped);
        long widened = max;
        Console.WriteLine("(long)max + 1 = " + (widened + 1));
        Console.WriteLine("max + 1L = " + (max + 1L));

        long big = 3000000000L;
        Console.WriteLine("big * 3 = " + big * 3);
        Console.WriteLine("(int)big = " + (int)big);
        Console.WriteLine("big / 7 = " + big / 7 + ", big % 7 = " + big % 7);
        long million = 1000000;
        Console.WriteLine("million * million = " + million * million);

        int a = 7, b;
        b = -2;
        Console.WriteLine("7 / -2 = " + a / b + ", 7 % -2 = " + a % b);
        Console.WriteLine("-7 / 2 = " + (-a) / 2 + ", -7 % 2 = " + (-a) % 2);
        Console.WriteLine("-7 / -2 = " + (-a) / b + ", -7 % -2 = " + (-a) % b);
        Console.WriteLine("-7L / 2 = " + (-7L) / 2 + ", -7L % 2 = " + (-7L) % 2);

        double d = 3.99;
        Console.WriteLine("(int)3.99 = " + (int)d + ", (int)-3.99 = " + (int)(-d));
        Console.WriteLine("(long)2.5 = " + (long)2.5 + ", (double)7 / 2 = " + (double)a / 2);
        Console.WriteLine("(double)big = " + (double)big + ", (int)(long)max = " + (int)widened);

        int i = 5;
        int post = i++;
        int pre = ++i;
        Console.WriteLine("i++ gave " + post + ", ++i gave " + pre + ", i = " + i);
        int postDec = i--;
        int preDec = --i;
        Console.WriteLine("i-- gave " + postDec + ", --i gave " + preDec + ", i = " + i);
        i += 10; i -= 3; i *= 4; i /= 3; i %= 7;
        Console.WriteLine("after compound ops i = " + i);

        Console.WriteLine("Math.Max(3, 7) = " + Math.Max(3, 7) + ", Math.Min(-2, 5) = " + Math.Min(-2, 5));
        Console.WriteLine("Math.Abs(-9) = " + Math.Abs(-9) + ", Math.Abs(-4000000000L) = " + Math.Abs(-4000000000L));
        Console.WriteLine("Math.Max(10L, big) = " + Math.Max(10L, big) + ", Math.Min(1.5, 0.25) = " + Math.Min(1.5, 0.25));

        Console.WriteLine("comparisons: " + (a < b) + " " + (a <= 7) + " " + (a > b) + " " + (a >= 8) + " " + (a == 7) + " " + (a != 7));
        Console.WriteLine("mixed int/long compare: " + (max < big) + " " + (wrapped < 0));
        Console.WriteLine("precedence: " + (2 + 3 * 4) + " " + ((2 + 3) * 4) + " " + (20 - 6 - 4) + " " + (100 / 10 / 5) + " " + (17 % 5 * 2));
        return 0;
    }
}
