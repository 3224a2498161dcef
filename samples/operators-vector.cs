using System;
using System.Threading.Tasks;

struct Vector2
{
    public double X, Y;
    public Vector2(double x, double y) { X = x; Y = y; }
    public static Vector2 operator +(Vector2 a, Vector2 b) => new Vector2(a.X + b.X, a.Y + b.Y);
    public static Vector2 operator -(Vector2 a, Vector2 b) => new Vector2(a.X - b.X, a.Y - b.Y);
    public static Vector2 operator -(Vector2 a) => new Vector2(-a.X, -a.Y);
    public static Vector2 operator +(Vector2 a) => a;
    public static Vector2 operator *(Vector2 a, double k) => new Vector2(a.X * k, a.Y * k);
    public static Vector2 operator *(double k, Vector2 a) => a * k;
    public static double operator *(Vector2 a, Vector2 b) => a.X * b.X + a.Y * b.Y;
    public static Vector2 operator /(Vector2 a, double k) => new Vector2(a.X / k, a.Y / k);
    public static bool operator true(Vector2 v) => v.X != 0 || v.Y != 0;
    public static bool operator false(Vector2 v) => v.X == 0 && v.Y == 0;
    public static bool operator !(Vector2 v) => v.X == 0 && v.Y == 0;
    public override string ToString() => "<" + X + ", " + Y + ">";
}

class Flags
{
    public int Bits;
    public Flags(int b) { Bits = b; }
    public static Flags operator |(Flags a, Flags b) => new Flags(a.Bits | b.Bits);
    public static Flags operator &(Flags a, Flags b) => new Flags(a.Bits & b.Bits);
    public static Flags operator ^(Flags a, Flags b) => new Flags(a.Bits ^ b.Bits);
    public static Flags operator ~(Flags a) => new Flags(~a.Bits & 0xFF);
    public static Flags operator <<(Flags a, int n) => new Flags(a.Bits << n);
    public static Flags operator >>(Flags a, int n) => new Flags(a.Bits >> n);
    public static int operator %(Flags a, int n) => a.Bits % n;
    public static Flags operator ++(Flags a) => new Flags(a.Bits + 1);
    public static Flags operator --(Flags a) => new Flags(a.Bits - 1);
    public override string ToString() => "0x" + Bits.ToString("X2");
}

class Body
{
    static Vector2 gravity = new Vector2(0, -10);
    Vector2 position;
    Vector2 velocity = new Vector2(3, 4);
    Flags state = new Flags(1);

    public async Task Step(double dt)
    {
        await Task.Yield();
        velocity += gravity * dt;
        position += velocity * dt;
        state <<= 1;
        state++;
        Console.WriteLine("pos " + position + " vel " + velocity + " state " + state);
    }
}

class Program
{
    static async Task<Vector2> Later(double x, double y)
    {
        await Task.Delay(1);
        return new Vector2(x, y);
    }

    static async Task Main()
    {
        var a = new Vector2(1, 2);
        var b = new Vector2(3, -1);
        Console.WriteLine(a + b);
        Console.WriteLine(a - b);
        Console.WriteLine(-a);
        Console.WriteLine(+a);
        Console.WriteLine(a * 2);
        Console.WriteLine(0.5 * b);
        Console.WriteLine(a * b);
        Console.WriteLine(b / 4);
        Console.WriteLine(2 * a + b * 3);
        var zero = new Vector2(0, 0);
        if (a) Console.WriteLine("a is true");
        if (zero) Console.WriteLine("zero is true"); else Console.WriteLine("zero is false");
        Console.WriteLine(!zero);
        int n = 0;
        var v = new Vector2(2, 0);
        while (v)
        {
            v = v - new Vector2(1, 0);
            n++;
        }
        Console.WriteLine(n);
        var f = new Flags(0x0C);
        var g = new Flags(0x0A);
        Console.WriteLine(f | g);
        Console.WriteLine(f & g);
        Console.WriteLine(f ^ g);
        Console.WriteLine(~f);
        Console.WriteLine(f << 2);
        Console.WriteLine(f >> 1);
        Console.WriteLine(f % 5);
        var h = f;
        h++;
        ++h;
        h--;
        Console.WriteLine(h + " " + f);
        h |= g;
        h ^= new Flags(1);
        Console.WriteLine(h);
        var body = new Body();
        await body.Step(0.5);
        await body.Step(0.5);
        Vector2 sum = await Later(1, 1) + await Later(2, 2) * 2;
        Console.WriteLine(sum);
    }
}
