// Composite formatting: Console.WriteLine/Write and string.Format with one to three arguments
// and an object[]; alignment ({0,6}, {0,-6}), standard numeric formats (D, X, F, N, E, G, P),
// simple custom formats (0.00, #,##0), {{ and }} escapes; the same in interpolated strings
// ($"{x:F2}", $"{x,8}"), and ToString(format) on int, long and double. FormatException for an
// argument index out of range and a bad specifier. Rounding ties are avoided: they depend on
// the exact binary value.
using System;
using System.Threading.Tasks;

class Program
{
    static async Task<double> Price(int cents)
    {
        await Task.Delay(1);
        return cents / 100.0;
    }

    static async Task Main()
    {
        Console.WriteLine("{0} + {1} = {2}", 2, 3, 2 + 3);
        Console.WriteLine("{0}, {1}, {2}, {3}", 'w', "x", 1.25, 4L);
        Console.Write("{0}|", "one");
        Console.Write("{0}{1}|", 'a', true);
        Console.Write("{0}-{1}-{2}", 1.5, 2L, "x");
        Console.WriteLine();
        Console.WriteLine(string.Format("[{0,6}] [{0,-6}] [{1,4}]", 42, "ab"));
        Console.WriteLine(string.Format("{0:D5} {1:D} {2:D3}", 42, -7, 12345L));
        Console.WriteLine(string.Format("{0:X} {0:x} {0:X8} {1:X}", 255, -1));
        Console.WriteLine(string.Format("{0:F} {0:F0} {0:F3} {1:F1}", 3.14159, 2));
        Console.WriteLine(string.Format("{0:N} {0:N0} {1:N2} {2:N0}", 1234567.891, -9876.5432, 1000000));
        Console.WriteLine(string.Format("{0:E} {0:E2} {1:e3}", 12345.678, 0.00042));
        Console.WriteLine(string.Format("{0:G} {0:G3} {1:G} {2:G}", 1234.5678, 1e20, 0.0001));
        Console.WriteLine(string.Format("{0:0.00} {0:#,##0.0} {1:000} {1:#}", 1234.567, 7));
        Console.WriteLine(string.Format("{{{0}}} {{literal}}", "braced"));
        object[] row = new object[] { "Widget", 4, 2.5 };
        Console.WriteLine(string.Format("{0,-8}|{1,3}|{2,6:F2}|", row));

        Console.WriteLine(255.ToString("X4") + " " + (-42).ToString("D4") + " " + 9876543210L.ToString("N0"));
        Console.WriteLine(0.125.ToString("F4") + " " + 2.5.ToString("E1") + " " + 1.0.ToString("F2"));

        // Interpolated strings with alignment and formats; values across awaits.
        double total = 0;
        int[] cents = new int[] { 199, 2450, 5 };
        foreach (int c in cents)
        {
            double p = await Price(c);
            total += p;
            Console.WriteLine($"|{c,6}|{p,8:F2}|{p * 100,-8:N0}|");
        }
        Console.WriteLine($"total {total:F2}, hex {cents.Length:X2}, count {cents.Length,3}");
        string name = "Ada";
        Console.WriteLine($"[{name,5}][{name,-5}][{'c',2}][{true,6}]");

        try
        {
            Console.WriteLine(string.Format("{0} {1}", "only one"));
        }
        catch (FormatException e)
        {
            Console.WriteLine("FormatException: " + e.Message);
        }
        try
        {
            Console.WriteLine(1.5.ToString("D2"));
        }
        catch (FormatException e)
        {
            Console.WriteLine("FormatException: " + e.Message);
        }
    }
}
