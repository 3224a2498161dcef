using System;
using System.Collections.Generic;
using System.Threading.Tasks;

struct Point
{
    public float X;
    public float Y;
}

class Program
{
    static float scale = 1.5f;
    const float Third = 1f / 3;

    static float Half(float x) => x / 2;
    static string Pick(float x) => "float";
    static string Pick(double x) => "double";

    static async Task<float> Later(float x)
    {
        await Task.Yield();
        return x * 3;
    }

    static float Round2(float x) => (float)Math.Round(x * 100) / 100;

    static async Task Main()
    {
        // Printing: the shortest text that reads back as the same float (.NET Core 3.0+).
        float a = 1f / 3;
        float b = 0.1f;
        double d = b;
        Console.WriteLine(a + " " + b + " " + d + " " + (b + 0.2f) + " " + Third);
        Console.WriteLine(1e7f + " " + 16777216f + " " + 1e-5f + " " + 1e6f + " " + 123456789f + " " + 2.5e-3f);
        Console.WriteLine(float.MaxValue + " " + float.MinValue + " " + float.Epsilon);
        Console.WriteLine((float)1 / 0 + " " + -1f / 0 + " " + 0f / 0 + " " + float.NaN + " " + (float)double.MaxValue);

        // Promotion: float with integers is float, with double it is double.
        Console.WriteLine(a.GetType().Name + " " + (a * 2.0).GetType().Name + " " + (a + 1).GetType().Name + " " + (1L + a).GetType().Name + " " + (a + 1u).GetType().Name);
        Console.WriteLine(Pick(a) + " " + Pick(1) + " " + Pick(1.0) + " " + Pick('c'));

        // Every operation rounds to single precision.
        float acc = 0;
        for (int k = 0; k < 10; k++) acc += 0.1f;
        Console.WriteLine(acc + " " + (acc == 1f) + " " + (0.1f + 0.2f == 0.3f) + " " + (0.1 + 0.2 == 0.3));
        acc++;
        acc *= 3;
        acc /= 7;
        Console.WriteLine(acc + " " + -acc + " " + acc % 0.25f);

        // Conversions.
        int i = 16777217;
        float fi = i;
        float big = 300.5f;
        float huge = 3e9f;
        uint u = 4000000000;
        ulong ul = ulong.MaxValue;
        long lg = long.MaxValue;
        Console.WriteLine(fi + " " + (int)fi + " " + (long)(fi * 4) + " " + (float)0.1 + " " + (double)(float)0.1);
        Console.WriteLine((float)u + " " + (float)ul + " " + (float)lg + " " + (ulong)1e19f + " " + (uint)3.9f + " " + (int)-2.7f + " " + (char)65.5f + " " + (byte)big);
        try { Console.WriteLine(checked((int)huge)); }
        catch (OverflowException e) { Console.WriteLine(e.Message); }
        Console.WriteLine(checked(-a * 2) + " " + checked((long)-1e10f));

        // Methods, fields, struct fields, async results.
        var p = new Point { X = 0.5f, Y = a };
        p.X += p.Y;
        p.Y = Half(p.X);
        Console.WriteLine(p.X + " " + p.Y + " " + Half(5) + " " + await Later(0.7f) + " " + scale * scale + " " + Round2(2.675f));

        // Library members.
        Console.WriteLine(Math.Abs(-a) + " " + Math.Max(a, b) + " " + Math.Min(a, b) + " " + Math.Sqrt(b) + " " + Math.Max(a, 0.5));
        Console.WriteLine(a.ToString() + " " + b.ToString("F3") + " " + float.Parse("2.5") + " " + float.Parse("0.1") + " " + a.CompareTo(b) + " " + b.Equals(0.1f) + " " + b.GetHashCode());
        Console.WriteLine($"{a:F2} {b:E3} [{a,12}] {1234.5f:N1} {a:G} {a:R} {0.5f:P0}");
        Console.WriteLine(string.Format("{0} {1:F4} {2}", a, b, 3.25f));
        Console.WriteLine(float.IsNaN(0f / 0) + " " + float.IsInfinity(-1f / 0) + " " + float.IsPositiveInfinity(1f / 0) + " " + float.IsFinite(a) + " " + Convert.ToSingle("0.1") + " " + Convert.ToSingle("1e7"));
        Console.WriteLine(float.TryParse("0.25", out float parsed) + " " + parsed + " " + float.TryParse("x", out parsed) + " " + parsed);

        // Boxing as System.Single.
        object o = a;
        Console.WriteLine(o.GetType() + " " + o + " " + (o is float) + " " + (o is double) + " " + (float)o + " " + o.Equals(1f / 3) + " " + o.Equals(1.0 / 3) + " " + o.GetHashCode());
        if (o is float of && of < 1) Console.WriteLine("pattern " + of);

        // Arrays, lists, dictionaries.
        var list = new List<float> { 3.5f, -1.25f, a, float.NaN };
        list.Sort();
        Console.WriteLine(string.Join(" ", list));
        float[] arr = { 1.1f, 2.2f };
        arr[0] += 1;
        arr[1]--;
        Console.WriteLine(arr[0] + " " + arr.GetType().Name + " " + string.Join(";", arr));
        var dict = new Dictionary<float, string> { [0.5f] = "half", [-0f] = "zero" };
        Console.WriteLine(dict[0.5f] + " " + dict[0f] + " " + dict.Count);
    }
}
