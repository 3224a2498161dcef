// Bitwise operators on int, long and bool: precedence, numeric promotion, shift counts masked
// as C# masks them, compound assignments (to locals, array elements and static fields) whose
// right side awaits, and constant folding.
using System;
using System.Threading.Tasks;

class Program
{
    static int[] flags = { 1, 2, 4 };
    static long wide = 5;
    static int calls;

    static async Task<int> Get(string what, int v)
    {
        await Task.Yield();
        calls++;
        Console.WriteLine("  get " + what + " = " + v);
        return v;
    }

    static bool Side(string s, bool r)
    {
        Console.WriteLine("  side " + s);
        return r;
    }

    static async Task Main()
    {
        int x = 0x5A;
        long y = -1234567890123L;
        Console.WriteLine("and/or/xor: " + (x & 0x0F) + " " + (x | 0x100) + " " + (x ^ 0xFF));
        Console.WriteLine("not: " + ~x + " " + ~y + " " + ~0L);
        Console.WriteLine("int & long promotes: " + (x & y) + " " + (x | y) + " " + (-1 ^ y));

        // Shift counts are masked: & 31 for int, & 63 for long.
        int s = 40;
        Console.WriteLine("shifts: " + (x << 33) + " " + (1 << s) + " " + (1L << s) + " " + (y << 65));
        Console.WriteLine("negative count: " + (1 << -1) + " " + (1L << -1) + " " + (256 >> -28));
        Console.WriteLine("arithmetic >>: " + (-17 >> 1) + " " + (y >> 3) + " " + (int.MinValue >> 31) + " " + (long.MinValue >> 63));
        Console.WriteLine("into the sign bit: " + (1 << 31) + " " + (3 << 30) + " " + (1L << 63));

        // Precedence: shift < additive, & < equality, ^ between & and |.
        Console.WriteLine("precedence: " + (1 + 2 << 3) + " " + (1 | 2 & 3 ^ 4) + " " + (x & 1 + 2) + " " + (6 & 3) + " " + ((x & 2) == 2));

        // bool & | ^ evaluate both operands (no short circuit).
        bool t = true, f = false;
        Console.WriteLine("bools: " + (t & f) + " " + (t | f) + " " + (t ^ t));
        Console.WriteLine("no short circuit: " + (Side("left", false) & Side("right", true)));
        Console.WriteLine("no short circuit: " + (Side("left", true) | Side("right", false)));

        // Constants fold, also in `const` locals.
        const int Mask = ~0 << 4;
        const long Big = 1L << 40 | 0xFF;
        Console.WriteLine("constants: " + Mask + " " + Big + " " + (Mask ^ 0x0F) + " " + (1 << 35));

        // Compound assignments: the target is read before the right side runs.
        x &= 0x3C;
        Console.WriteLine("x &= 0x3C -> " + x);
        x |= await Get("rhs", 3);
        Console.WriteLine("x |= await -> " + x);
        x ^= 7;
        x <<= 2;
        Console.WriteLine("x ^= 7, <<= 2 -> " + x);
        x >>= await Get("count", 33);
        Console.WriteLine("x >>= await 33 -> " + x);
        y >>= 40;
        y <<= x;
        Console.WriteLine("long shifts by an int: " + y);
        flags[await Get("index", 1)] |= await Get("bits", 8);
        Console.WriteLine("flags[1] = " + flags[1]);
        wide <<= await Get("wide", 62);
        Console.WriteLine("wide = " + wide);
        f |= Side("compound bool", true);
        t &= f ^ true;
        Console.WriteLine("bool compounds: " + f + " " + t);

        // A value read before an await that changes it.
        int v = 12;
        v ^= await Change();
        Console.WriteLine("v ^= await Change() -> " + v + ", static after: " + shared);
        Console.WriteLine("calls: " + calls);
    }

    static int shared = 1;

    static async Task<int> Change()
    {
        await Task.Yield();
        shared = 99;
        return 5;
    }
}
