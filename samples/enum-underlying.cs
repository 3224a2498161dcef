// Enums with underlying types other than int: byte, sbyte, short, ushort and long (and
// System.Int16 by its .NET name). Member values computed in the underlying type (a long
// beyond int's range), arithmetic that wraps back into a byte (`+`, `++`, `-=`), casts from
// int that wrap, comparisons, `E - E` of the underlying type, ~ on a byte enum, flags of a long
// enum, boxing as the underlying type (GetType().Name, unboxing to the underlying type),
// GetHashCode, the X format's width, GetValues, Parse, and a switch on a long enum.
using System;
using System.Collections.Generic;

enum Tiny : byte { Zero, One, Max = 255 }

enum Signed : sbyte { Low = -128, Minus = -1, High = 127 }

enum Port : ushort { Http = 80, Https = 443, Alt = 8080, Top = ushort.MaxValue }

enum Temp : System.Int16 { Cold = -40, Mild = 20, Hot = 45 }

[Flags]
enum Big : long { None = 0, Low = 1, Mid = 1L << 31, High = 1L << 40, All = Low | Mid | High }

enum Size : long { Byte = 1, KB = Byte * 1024, MB = KB * 1024, GB = MB * 1024, TB = GB * 1024 }

static class Program
{
    static string Describe(Size s)
    {
        switch (s)
        {
            case Size.Byte:
                return "tiny";
            case Size.TB:
                return "huge";
            default:
                return "between";
        }
    }

    static void Main()
    {
        Tiny t = Tiny.Max;
        t++;
        Console.WriteLine(t + " " + (int)t);
        t = Tiny.Max;
        t += 2;
        Console.WriteLine(t + " " + (byte)t);
        t -= Tiny.Max;
        Console.WriteLine((int)t);
        int n = 300;
        Console.WriteLine((Tiny)n + " " + (int)(Tiny)n + " " + (Tiny)(n - 45));
        Console.WriteLine(~Tiny.One + " " + (int)~Tiny.Zero);
        Tiny one = Tiny.One;
        Console.WriteLine(one - Tiny.Max);
        Console.WriteLine(Tiny.Max > Tiny.One);

        Console.WriteLine(Signed.Low + " " + (int)Signed.Low + " " + (Signed)(-1) + " " + (Signed)(n - 100));
        Signed s = Signed.High;
        s++;
        Console.WriteLine(s);
        Console.WriteLine($"{Port.Https} {(int)Port.Top} {Port.Alt:X} {(Port)1} {Port.Http:D}");
        Console.WriteLine($"{Temp.Cold} {(short)Temp.Hot} {Temp.Mild:X} {Temp.Cold:X} {Tiny.Max:X} {Signed.Minus:x}");

        Console.WriteLine($"{Big.High} {(long)Big.High} {Big.All} {Big.Low | Big.High} {(Big)3}");
        Console.WriteLine($"{Big.All:X} {Big.Mid:D}");
        Console.WriteLine((Big.All & ~Big.Mid) + " " + Big.All.HasFlag(Big.Mid));
        Console.WriteLine($"{Size.TB} = {(long)Size.TB}, {Describe(Size.Byte)} {Describe(Size.TB)} {Describe(Size.MB)}");
        Console.WriteLine(Size.GB - Size.MB);
        Size sz = Size.GB;
        sz += 1;
        Console.WriteLine(sz + " " + (sz > Size.GB));

        object boxed = Tiny.One;
        Console.WriteLine(boxed + " " + boxed.GetType().Name + " " + (byte)boxed + " " + (Tiny)boxed);
        object bigBox = Size.KB;
        Console.WriteLine(bigBox + " " + (long)bigBox + " " + bigBox.Equals(Size.KB) + " " + bigBox.Equals(1024L));
        Console.WriteLine(Tiny.Max.GetHashCode() + " " + Port.Https.GetHashCode() + " " + Size.KB.GetHashCode());

        foreach (Signed v in Enum.GetValues(typeof(Signed)))
            Console.Write(v + " ");
        Console.WriteLine();
        Console.WriteLine(Enum.Parse(typeof(Port), "443") + " " + Enum.Parse(typeof(Size), "MB, Byte"));
        var ports = new Dictionary<Port, string>();
        ports[Port.Http] = "web";
        foreach (var kv in ports)
            Console.WriteLine(kv);
        var sizes = new List<Size> { Size.KB, Size.TB };
        Console.WriteLine(string.Join(",", sizes));
    }
}
