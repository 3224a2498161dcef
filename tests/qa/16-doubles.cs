using System;

static class Program
{
    static double Zero() { return 0.0; }

    static void Main()
    {
        double[] values = { 0.1, 0.2, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 1e21, 1e20, 123456789012345680.0, 1e15, 1e16, 1e-5, 1e-4, 0.0001234, 1.5e-7,
                            100.0, 1.0, -1.0, 3.14159, 2.5, 1e308, 5e-324, 1.7976931348623157E+308, -1.7976931348623157E+308, 4.94065645841247E-324, 4.35, 0.3, 1.1 * 1.1,
                            12345.678, 9007199254740993.0, 1234567.0, 0.000001, 0.0000001, 1e7, 12345678.9 };
        foreach (double v in values) Console.WriteLine(v);
        double z = Zero();
        Console.WriteLine(1 / z);
        Console.WriteLine(-1 / z);
        Console.WriteLine(z / z);
        double negz = -z;
        Console.WriteLine(negz);
        Console.WriteLine(1 / negz);
        Console.WriteLine(-0.0);
        double nan0 = Zero() / Zero();
        Console.WriteLine(nan0 == nan0);
        double nan = z / z;
        Console.WriteLine(nan != nan);
        Console.WriteLine(1 / z + " " + -1 / z + " " + nan);
        Console.WriteLine(5.5 % 2);
        Console.WriteLine(-5.5 % 2);
        Console.WriteLine(5.0 % -3);
        Console.WriteLine(1.0 % z);
        Console.WriteLine((int)3.99 + " " + (int)-3.99 + " " + (long)1e10 + " " + (int)(2.5e9 * (1 + z)));
        Console.WriteLine((int)nan);
        Console.WriteLine((long)(1 / z));
        Console.WriteLine((double)7 / 2 + " " + 7 / 2 + " " + 7 / 2.0);
        int i = 10;
        double d = i;
        d /= 4;
        Console.WriteLine(d);
        Console.WriteLine("d=" + d + " sum=" + (d + i));
        Console.WriteLine($"{d} {1.0 / 3} {nan} {-z}");
        Console.WriteLine(d.ToString());
        Console.WriteLine(Math.Max(1.5, -2.0) + " " + Math.Min(z, negz) + " " + Math.Abs(-2.25) + " " + Math.Max(nan, 1.0));
        long big = 9007199254740993L;
        Console.WriteLine((double)big);
        Console.WriteLine(3 * 0.1);
        Console.WriteLine(100.0 / 3.0);
        Console.WriteLine(2e-3 + " " + 1.0E+2);
    }
}
