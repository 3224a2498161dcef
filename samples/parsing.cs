// Parsing and converting numbers: int.Parse, long.Parse, double.Parse (invariant: '.' decimal
// point, ',' thousands separators, exponents, white space around, a sign), Convert.ToInt32,
// Convert.ToInt64, Convert.ToDouble (null is 0), Convert.ToString, and ToString(format);
// FormatException and OverflowException with .NET 8's messages, ArgumentNullException for null.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

class Program
{
    static async Task<string> Read(string line)
    {
        await Task.Delay(1);
        return line;
    }

    static void TryInt(string s)
    {
        try
        {
            Console.WriteLine("int.Parse(" + s + ") = " + int.Parse(s));
        }
        catch (FormatException e)
        {
            Console.WriteLine("FormatException: " + e.Message);
        }
        catch (OverflowException e)
        {
            Console.WriteLine("OverflowException: " + e.Message);
        }
    }

    static async Task Main()
    {
        TryInt("42");
        TryInt("  -17 ");
        TryInt("+8");
        TryInt("2147483647");
        TryInt("-2147483648");
        TryInt("2147483648");
        TryInt("12a");
        TryInt("");
        TryInt("1.5");
        TryInt("1,000");
        Console.WriteLine(long.Parse("9223372036854775807") + " " + long.Parse("-42"));
        try
        {
            long.Parse("9223372036854775808");
        }
        catch (OverflowException e)
        {
            Console.WriteLine(e.Message);
        }
        Console.WriteLine(double.Parse("3.25") + " " + double.Parse(" -0.5 ") + " " + double.Parse("1e3"));
        Console.WriteLine(double.Parse("1,234.5") + " " + double.Parse(".5") + " " + double.Parse("2.") + " " + double.Parse("6.02E23"));
        try
        {
            double.Parse("1.2.3");
        }
        catch (FormatException e)
        {
            Console.WriteLine(e.Message);
        }
        string none = null;
        try
        {
            int.Parse(none);
        }
        catch (ArgumentNullException e)
        {
            Console.WriteLine(e.GetType().Name);
        }
        Console.WriteLine(Convert.ToInt32("123") + Convert.ToInt32(none));
        Console.WriteLine(Convert.ToInt64("5000000000") + Convert.ToDouble("0.25"));
        Console.WriteLine(Convert.ToString(12) + Convert.ToString(3L) + Convert.ToString(0.5) + Convert.ToString(true));

        // Numbers read across awaits.
        List<string> lines = new List<string>();
        lines.Add("10");
        lines.Add(" 20");
        lines.Add("x");
        lines.Add("30 ");
        int sum = 0;
        int bad = 0;
        foreach (string line in lines)
        {
            string text = await Read(line);
            try
            {
                sum += int.Parse(text);
            }
            catch (FormatException)
            {
                bad++;
            }
        }
        Console.WriteLine("sum " + sum + ", bad " + bad);
        double average = sum / 3.0;
        Console.WriteLine(average.ToString("F3") + " " + sum.ToString("D5") + " " + ((long)sum * 1000).ToString("N0"));
    }
}
