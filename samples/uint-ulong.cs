using System;
using System.Collections.Generic;
using System.Threading.Tasks;

struct Pair
{
    public uint Low;
    public ulong High;
}

class Program
{
    static uint seed = 7;
    const uint Mask = 0xFFFF0000;
    const ulong Top = 1UL << 63;

    static uint Twice(uint x) => x * 2;
    static string Pick(uint x) => "uint";
    static string Pick(long x) => "long";

    static async Task<ulong> Third(ulong x)
    {
        await Task.Yield();
        return x / 3;
    }

    static ulong Sum(List<ulong> xs)
    {
        ulong s = 0;
        foreach (var x in xs) s += x;
        return s;
    }

    // A simple xorshift generator: shifts, xors and wrap-around of uint.
    static uint Next()
    {
        seed ^= seed << 13;
        seed ^= seed >> 17;
        seed ^= seed << 5;
        return seed;
    }

    static async Task Main()
    {
        uint u = 3;
        int i = -2;
        var a = u + i;
        var b = u + 1;
        var c = -u;
        var d = u & i;
        Console.WriteLine(a.GetType().Name + " " + b.GetType().Name + " " + c.GetType().Name + " " + d.GetType().Name);
        Console.WriteLine(a + " " + b + " " + c + " " + d + " " + (u << 33));
        Console.WriteLine(3000000000.GetType().Name + " " + 9223372036854775808.GetType().Name + " " + 5u.GetType().Name + " " + 5UL.GetType().Name + " " + 5LU.GetType().Name);
        Console.WriteLine(uint.MaxValue + " " + uint.MinValue + " " + ulong.MaxValue + " " + ulong.MinValue + " " + Mask + " " + Top);

        ulong big = ulong.MaxValue;
        Console.WriteLine(big + " " + big / 3 + " " + big % 10 + " " + (big > 5) + " " + (big >> 60) + " " + (big < Top));
        Console.WriteLine(await Third(big) + " " + Twice(3000000000) + " " + Pick(u) + " " + Pick(i));

        // Arithmetic wraps around in an unchecked context, and throws in a checked one.
        uint m = 4000000000;
        m += 500000000;
        Console.WriteLine(m);
        m = 0;
        m--;
        Console.WriteLine(m + " " + unchecked(u - 5) + " " + (big + 2) + " " + ~0u + " " + ~0UL);
        try { checked { uint x = u - 5; Console.WriteLine(x); } }
        catch (OverflowException e) { Console.WriteLine("u - 5: " + e.Message); }
        try { Console.WriteLine(checked(m * 2)); }
        catch (OverflowException) { Console.WriteLine("m * 2 overflows"); }
        try { Console.WriteLine(checked(big + 1)); }
        catch (OverflowException) { Console.WriteLine("big + 1 overflows"); }
        try { checked { ulong z = 0; z--; } }
        catch (OverflowException) { Console.WriteLine("z-- overflows"); }
        try { ulong zero = 0; Console.WriteLine(big / zero); }
        catch (DivideByZeroException e) { Console.WriteLine(e.Message); }

        // Conversions: unchecked ones keep the low bits; checked ones throw out of range.
        int neg = -1;
        long lng = -7;
        Console.WriteLine((uint)neg + " " + (ulong)neg + " " + (ulong)lng + " " + unchecked((int)4000000000u) + " " + unchecked((long)ulong.MaxValue));
        Console.WriteLine((int)m + " " + (long)m + " " + (byte)m + " " + (char)(m & 65) + " " + (short)big + " " + (uint)big);
        Console.WriteLine((uint)3.99 + " " + (ulong)1e19 + " " + ((double)big == 18446744073709551615.0) + " " + (u / 2.0) + " " + ((double)Top == 9223372036854775808.0));
        try { Console.WriteLine(checked((uint)neg)); }
        catch (OverflowException) { Console.WriteLine("(uint)-1 overflows"); }
        try { Console.WriteLine(checked((long)big)); }
        catch (OverflowException) { Console.WriteLine("(long)big overflows"); }
        try { Console.WriteLine(checked((int)m)); }
        catch (OverflowException) { Console.WriteLine("(int)m overflows"); }
        Console.WriteLine(checked((uint)(Top >> 40)) + " " + checked((ulong)(-lng)));

        // Implicit widening: byte, ushort, char and uint convert to uint/ulong/long/double.
        byte by = 200;
        ushort us = 65535;
        char ch = 'A';
        uint fromUs = us;
        ulong fromU = u;
        long fromU2 = m;
        double fromUl = u;
        Console.WriteLine(fromUs + " " + fromU + " " + fromU2 + " " + fromUl + " " + (u + ch) + " " + (big - by) + " " + (m + lng));

        // Boxing as System.UInt32 / System.UInt64.
        object o = big;
        object p = m;
        Console.WriteLine(o.GetType().Name + " " + p.GetType().Name + " " + o + " " + (o is ulong) + " " + (o is long) + " " + (ulong)o);
        if (p is uint pu && pu > 5) Console.WriteLine("pattern " + pu);
        Console.WriteLine(o.Equals(ulong.MaxValue) + " " + o.Equals(-1L) + " " + p.GetHashCode() + " " + o.GetHashCode() + " " + ((object)Top).GetHashCode());

        // Fields, struct fields, arrays, lists, sets and dictionaries.
        var pair = new Pair { Low = m, High = big };
        pair.Low += 2;
        pair.High *= 2;
        Console.WriteLine(pair.Low + " " + pair.High);
        uint[] arr = new uint[3];
        arr[0] = 4294967295;
        arr[1]++;
        arr[2] += 5;
        Console.WriteLine(string.Join(" ", arr) + " " + arr.GetType().Name);
        var list = new List<ulong> { big, 1, Top, 0 };
        list.Sort();
        Console.WriteLine(string.Join(",", list) + " " + Sum(new List<ulong> { Top, Top, 5 }));
        var set = new HashSet<uint> { 1, 2, 1, m };
        var dict = new Dictionary<ulong, string> { [big] = "max", [0] = "zero" };
        Console.WriteLine(set.Count + " " + dict[ulong.MaxValue] + " " + dict[0UL] + " " + dict.ContainsKey(Top));
        for (uint k = 3; k > 0; k--) Console.Write(k);
        Console.WriteLine();
        Console.WriteLine(Next() + " " + Next() + " " + Next());

        switch (big >> 62)
        {
            case 3: Console.WriteLine("two top bits"); break;
            default: Console.WriteLine("other"); break;
        }
        switch (u)
        {
            case 3u: Console.WriteLine("three"); break;
            case 4000000000: Console.WriteLine("huge"); break;
        }

        // Library members.
        Console.WriteLine(uint.Parse("4294967295") + " " + ulong.Parse(" 18446744073709551615 ") + " " + Convert.ToString(big));
        try { uint.Parse("4294967296"); }
        catch (OverflowException e) { Console.WriteLine(e.Message); }
        Console.WriteLine(Math.Max(u, 7u) + " " + Math.Min(big, 5UL) + " " + u.CompareTo(4u) + " " + big.CompareTo(1UL) + " " + big.Equals(ulong.MaxValue));
        Console.WriteLine(big.ToString("N0") + " " + m.ToString("X") + " " + u.ToString("D5") + " " + big.ToString("X"));
        Console.WriteLine($"{big,22}|{u:D3}|{m:X8}|{Top:E2}");
        Console.WriteLine(string.Format("{0:N0} {1:x}", uint.MaxValue, Top));
        Console.WriteLine(Convert.ToUInt32("4294967295") + " " + Convert.ToUInt64("18446744073709551615"));
        Console.WriteLine(uint.TryParse("4294967296", out uint parsed) + " " + parsed + " " + ulong.TryParse(" 18446744073709551615 ", out ulong parsedBig) + " " + parsedBig);
    }
}
