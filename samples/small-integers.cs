using System;
using System.Collections.Generic;
using System.Threading.Tasks;

class Program
{
    static byte counter = 250;
    static short total;

    static async Task<byte> Half(byte b)
    {
        await Task.Yield();
        return (byte)(b / 2);
    }

    static int Take(byte b) { return b * 10; }
    static int Take(long l) { return -1; }


    const byte K = 5;
    const short NegK = -K;

    static int F(byte b = 3) { return b; }

    // An int constant converts to each; the signed type is the better target.
    static string Pick(sbyte x) { return "sbyte"; }
    static string Pick(byte x) { return "byte"; }
    static string Wide(short x) { return "short"; }
    static string Wide(ushort x) { return "ushort"; }

    static void More()
    {
        byte b = 171;
        Console.WriteLine($"{b:X2} {b,5}|" + string.Format("{0:X} {1}", b, (sbyte)-1));
        Console.WriteLine(string.Format("{0:X}", (sbyte)-1) + " " + string.Format("{0:X}", (short)-1));
        object o = b;
        if (o is byte bb) Console.WriteLine("is " + bb);
        Console.WriteLine(o is short ? "short" : "not short");
        Console.WriteLine(b.Equals((byte)171) + " " + b.GetHashCode() + " " + ((short)-2).GetHashCode());
        Dictionary<string, byte> d = new Dictionary<string, byte>();
        d["x"] = b;
        d["y"] = 7;
        Console.WriteLine(d["x"] + d["y"]);
        foreach (var kv in d) Console.WriteLine(kv.Key + "=" + kv.Value);
        Console.WriteLine(K + NegK + F() + F(9));
        Console.WriteLine(Pick(1) + " " + Wide(1) + " " + Pick((byte)1) + " " + Wide((byte)2));
        List<byte> bytes = new List<byte> { 1, 2, 250 };
        Console.WriteLine(string.Join(",", bytes) + " " + bytes.GetType().Name + " " + new byte[2].GetType().Name + " " + bytes[2]);
        object[] objs = { (byte)1, (short)2, 3, (sbyte)4, (ushort)5 };
        foreach (object x in objs) Console.Write(x.GetType().Name + " ");
        Console.WriteLine();
        Console.WriteLine(((object)(byte)5).Equals((object)(byte)5) + " " + object.Equals((object)(short)5, (object)5));
        sbyte sb = -128;
        short s = -5;
        byte m = Math.Max(b, (byte)3);
        sbyte a = Math.Abs((sbyte)-7);
        Console.WriteLine(m + " " + a + " " + Math.Abs(s) + " " + Math.Sign(sb) + " " + Math.Clamp(b, (byte)0, (byte)100) + " " + Math.Min(s, sb));
        try
        {
            Console.WriteLine(Math.Abs(sb));
        }
        catch (OverflowException e)
        {
            Console.WriteLine(e.Message);
        }
    }

    static async Task Main()
    {
        byte b = 200;
        sbyte sb = -100;
        short s = 30000;
        ushort us = 65000;
        Console.WriteLine(b + " " + sb + " " + s + " " + us);
        Console.WriteLine(byte.MaxValue + " " + byte.MinValue + " " + sbyte.MinValue + " " + sbyte.MaxValue);
        Console.WriteLine(short.MinValue + " " + short.MaxValue + " " + ushort.MaxValue);
        var sum = b + b;
        Console.WriteLine(sum + " " + (sb * 2) + " " + (s + s) + " " + (us + us));
        b += 100;
        Console.WriteLine(b);
        sb -= 100;
        Console.WriteLine(sb);
        s += 10000;
        Console.WriteLine(s);
        us += 1000;
        Console.WriteLine(us);
        b = 255;
        b++;
        Console.WriteLine(b);
        sb = sbyte.MinValue;
        sb--;
        Console.WriteLine(sb);
        Console.WriteLine(unchecked((byte)300) == 44 ? "folded" : "no");
        int big = 1000;
        Console.WriteLine((byte)big + " " + (sbyte)big + " " + unchecked((short)100000) + " " + unchecked((ushort)(-1)));
        long lg = 70000;
        double d = 200.7;
        Console.WriteLine((short)lg + " " + (byte)d + " " + (sbyte)(-1.9) + " " + (ushort)lg);
        try
        {
            Console.WriteLine(checked((byte)big));
        }
        catch (OverflowException e)
        {
            Console.WriteLine(e.Message);
        }
        try
        {
            checked
            {
                byte c = 250;
                c += 10;
                Console.WriteLine(c);
            }
        }
        catch (OverflowException e)
        {
            Console.WriteLine("checked += " + e.GetType().Name);
        }
        object o = (byte)7;
        Console.WriteLine(o + " " + o.GetType().Name + " " + o.Equals((byte)7) + " " + o.Equals(7));
        Console.WriteLine((byte)o);
        try
        {
            Console.WriteLine((int)o);
        }
        catch (InvalidCastException e)
        {
            Console.WriteLine(e.Message);
        }
        object os = (short)-5;
        Console.WriteLine(os.GetType().Name + " " + ((object)(sbyte)1).GetType().Name + " " + ((object)(ushort)1).GetType().Name);
        Console.WriteLine(o is byte ? "byte" : "not");
        byte[] arr = new byte[3];
        arr[0] = 1;
        arr[1] = 255;
        arr[2] += 5;
        arr[1]++;
        foreach (byte x in arr)
        {
            Console.Write(x + ";");
        }
        Console.WriteLine();
        List<short> list = new List<short>();
        list.Add(1);
        list.Add(-2);
        list.Add(s);
        Console.WriteLine(list.Count + " " + list[1] + " " + string.Join(",", list));
        Console.WriteLine(await Half(counter));
        counter += 10;
        Console.WriteLine(counter);
        total = (short)(total + 5);
        total -= 7;
        Console.WriteLine(total + " " + $"{total}" + " " + total.ToString());
        Console.WriteLine(Take(b) + " " + Take(5));
        Console.WriteLine(-b + " " + ~b + " " + (b << 4) + " " + (sb >> 1));
        b = 3;
        b <<= 7;
        Console.WriteLine(b);
        switch (b)
        {
            case 128:
                Console.WriteLine("128");
                break;
            default:
                Console.WriteLine("other");
                break;
        }
        byte zero = 0;
        try
        {
            Console.WriteLine(b / zero);
        }
        catch (DivideByZeroException e)
        {
            Console.WriteLine(e.Message);
        }
        Console.WriteLine(b % 5 + " " + (b > sb) + " " + (b == 128) + " " + (us & 0xFF) + " " + (b | 1) + " " + (b ^ b));
        short sh = b;
        int i = sh;
        long l = us;
        double dd = sb;
        Console.WriteLine(sh + " " + i + " " + l + " " + dd);
        char ch = 'A';
        ushort fromChar = ch;
        Console.WriteLine(fromChar + " " + (char)fromChar + " " + (byte)ch);
        Console.WriteLine(Math.Max(b, sb) + " " + Math.Abs(sb));
        More();
    }
}
