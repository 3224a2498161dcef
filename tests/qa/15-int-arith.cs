using System;

static class Program
{
    static int Div(int a, int b) { return a / b; }
    static int Rem(int a, int b) { return a % b; }

    static void Main()
    {
        int max = int.MaxValue;
        int min = int.MinValue;
        Console.WriteLine(max + 1);
        Console.WriteLine(min - 1);
        Console.WriteLine(max * 2);
        Console.WriteLine(-min);
        Console.WriteLine(min * -1);
        Console.WriteLine(7 / 2 + " " + -7 / 2 + " " + 7 / -2 + " " + -7 / -2);
        Console.WriteLine(7 % 3 + " " + -7 % 3 + " " + 7 % -3 + " " + -7 % -3);
        try { Console.WriteLine(Rem(min, -1)); }
        catch (Exception e) { Console.WriteLine("min%-1 threw " + e.Message); }
        try { Console.WriteLine(Div(min, -1)); }
        catch (Exception e) { Console.WriteLine("min/-1 threw " + e.Message); }
        try { Console.WriteLine(Div(5, 0)); }
        catch (DivideByZeroException e) { Console.WriteLine("5/0: " + e.Message); }
        try { Console.WriteLine(Rem(5, 0)); }
        catch (DivideByZeroException e) { Console.WriteLine("5%0: " + e.Message); }
        long big = long.MaxValue;
        Console.WriteLine(big);
        Console.WriteLine(big + 1);
        Console.WriteLine(long.MinValue);
        long l = 3000000000L;
        Console.WriteLine(l * 3);
        Console.WriteLine((int)l);
        Console.WriteLine((long)max + 1);
        Console.WriteLine(max + 1L);
        long ld = 10;
        try { Console.WriteLine(ld / (ld - 10)); }
        catch (DivideByZeroException e) { Console.WriteLine("long /0: " + e.Message); }
        Console.WriteLine(-13L % 5L);
        int x = 5;
        x += 3; x -= 1; x *= 4; x /= 3; x %= 5;
        Console.WriteLine(x);
        int i = 0;
        Console.WriteLine(i++ + ++i + i-- - --i);
        Console.WriteLine(i);
        int h = 1;
        for (int k = 0; k < 40; k++) h = h * 31 + k;
        Console.WriteLine(h);
        Console.WriteLine(Math.Abs(-5) + " " + Math.Max(3, 9) + " " + Math.Min(-2, 4) + " " + Math.Max(5L, 7L));
        try { Console.WriteLine(Math.Abs(min)); }
        catch (Exception e) { Console.WriteLine("abs threw: " + e.Message); }
        Console.WriteLine(1 + 2 + "3" + 4 + 5);
        Console.WriteLine(0x7F + 1_000);
    }
}
