// CompareTo of int, long, char, bool, double (NaN first) and the small integers (the difference, as
// .NET returns it), an int compared with a char, and new StringBuilder(capacity).
using System;
using System.Collections.Generic;
using System.Text;

class Program
{
    static void Main()
    {
        Console.WriteLine(3.CompareTo(5) + " " + 5.CompareTo(3) + " " + 4.CompareTo(4) + " " + int.MinValue.CompareTo(int.MaxValue));
        long big = 10000000000L;
        Console.WriteLine(big.CompareTo(1L) + " " + (-big).CompareTo(big));
        Console.WriteLine('a'.CompareTo('c') + " " + 'z'.CompareTo('A') + " " + 'q'.CompareTo('q'));
        Console.WriteLine(true.CompareTo(false) + " " + false.CompareTo(true) + " " + true.CompareTo(true));
        Console.WriteLine(1.5.CompareTo(2.5) + " " + double.NaN.CompareTo(0.0) + " " + 0.0.CompareTo(double.NaN) + " " + double.NaN.CompareTo(double.NaN) + " " + (-0.0).CompareTo(0.0));
        byte b1 = 10, b2 = 250;
        short s1 = -300, s2 = 300;
        sbyte y1 = -100, y2 = 100;
        ushort u1 = 1, u2 = 60000;
        Console.WriteLine(b1.CompareTo(b2) + " " + s1.CompareTo(s2) + " " + y2.CompareTo(y1) + " " + u1.CompareTo(u2));
        int x = 7;
        Console.WriteLine(x.CompareTo('a'));

        // A comparison written with CompareTo, as sorting code does.
        var scores = new List<int> { 5, 3, 9, 1 };
        int best = scores[0];
        foreach (int v in scores)
        {
            if (v.CompareTo(best) > 0) best = v;
        }
        Console.WriteLine(best);

        var sb = new StringBuilder(64);
        sb.Append("capacity ").Append(64);
        Console.WriteLine(sb.ToString() + " " + sb.Length);
        Console.WriteLine(new StringBuilder(0).Append('x').ToString());
        try
        {
            new StringBuilder(-1);
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine(e.ParamName);
        }
    }
}
