// Compound assignment and ++/-- of nullable numbers (int?, long?, double?): lifted, so null stays null;
// x++ gives the old value; locals, static fields and fields of this; the right side after the read;
// across an await; checked overflow; division by zero; a nullable appended to a string.
using System;
using System.Threading.Tasks;

class Counter
{
    int? total;
    static long? grand;

    public void Add(int? v)
    {
        total += v;
        grand += v;
    }

    public void Start()
    {
        total = 0;
        grand = 100;
    }

    public override string ToString() => "total=" + total + " grand=" + grand;
}

class Program
{
    static async Task<int> Later(int v)
    {
        await Task.Delay(1);
        return v;
    }

    static int? Show(string label, int? v)
    {
        Console.WriteLine(label + ": " + (v.HasValue ? v.ToString() : "null"));
        return v;
    }

    static async Task Main()
    {
        int? x = 1;
        x += 2;
        Show("x += 2", x);
        x *= 10;
        Show("x *= 10", x);
        x -= null;
        Show("x -= null-valued", x);
        x = 5;
        int? none = null;
        x += none;
        Show("x += none", x);
        x = 7;
        x %= 4;
        x /= 2;
        Show("x %= 4; x /= 2", x);

        int? y = null;
        y += 1;
        y++;
        ++y;
        y--;
        Show("null after ops", y);

        int? z = 10;
        Show("z++", z++);
        Show("after", z);
        Show("++z", ++z);
        Show("z--", z--);
        Show("--z", --z);
        int? n = null;
        Show("n++", n++);
        Show("++n", ++n);

        long? big = long.MaxValue - 1;
        big++;
        Console.WriteLine(big);
        big += 1;
        Console.WriteLine(big);
        double? d = 0.5;
        d *= 3;
        d++;
        Console.WriteLine(d);
        d += 1;
        Console.WriteLine(d);
        double? dn = null;
        dn += 1.5;
        Console.WriteLine(dn.HasValue);

        // The right side runs after the variable is read, and can change it.
        int? w = 1;
        w += (w = 100);
        Show("w += (w = 100)", w);

        int? a = 3;
        a += await Later(4);
        Show("a += await", a);
        a++;
        Show("a++ after await", a);

        var c = new Counter();
        c.Add(5);
        Console.WriteLine(c);
        c.Start();
        c.Add(5);
        c.Add(null);
        c.Add(7);
        Console.WriteLine(c);

        int? ov = int.MaxValue;
        ov++;
        Console.WriteLine(ov);
        try
        {
            checked
            {
                int? cv = int.MaxValue;
                cv += 1;
                Console.WriteLine(cv);
            }
        }
        catch (OverflowException)
        {
            Console.WriteLine("OverflowException");
        }
        try
        {
            int? zero = 0;
            int? q = 5;
            q /= zero;
        }
        catch (DivideByZeroException)
        {
            Console.WriteLine("DivideByZeroException");
        }
        for (int? i = 0; i < 3; i++)
        {
            Console.Write(i + " ");
        }
        Console.WriteLine();
        string s = "v=";
        s += none;
        s += x;
        Console.WriteLine(s);
    }
}
