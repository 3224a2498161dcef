using System;
using System.Collections.Generic;
using System.Threading.Tasks;

struct Celsius
{
    public double Degrees;
    public Celsius(double d) { Degrees = d; }
    public static implicit operator Celsius(double d) => new Celsius(d);
    public static explicit operator double(Celsius c) => c.Degrees;
    public static explicit operator Fahrenheit(Celsius c) => new Fahrenheit(c.Degrees * 9 / 5 + 32);
    public override string ToString() => Degrees + " C";
}

struct Fahrenheit
{
    public double Degrees;
    public Fahrenheit(double d) { Degrees = d; }
    public static implicit operator Celsius(Fahrenheit f) => new Celsius((f.Degrees - 32) * 5 / 9);
    public override string ToString() => Degrees + " F";
}

class Tag
{
    public string Text;
    public Tag(string t) { Text = t; }
    public static implicit operator string(Tag t) => "<" + t.Text + ">";
    public static explicit operator Tag(string s) => new Tag(s.ToUpper());
    public static implicit operator Tag(int n) => new Tag("#" + n);
}

class Program
{
    static Celsius Warm() => 25.5;

    static double Twice(Celsius c) => (double)c * 2;

    static string Show(Celsius c) => "show " + c;

    static async Task<Celsius> ReadAsync(int i)
    {
        await Task.Yield();
        if (i > 1) return new Fahrenheit(212);
        return i * 10;
    }

    static async Task Main()
    {
        Celsius c = 20;
        Console.WriteLine(c);
        c = 37.5;
        Console.WriteLine(c);
        Console.WriteLine(Warm());
        Console.WriteLine(Twice(10));
        Console.WriteLine(Show(new Fahrenheit(50)));
        Fahrenheit f = (Fahrenheit)c;
        Console.WriteLine(f);
        Celsius back = f;
        Console.WriteLine(back);
        double raw = (double)new Celsius(-4);
        Console.WriteLine(raw);
        int truncated = (int)(double)new Celsius(7.9);
        Console.WriteLine(truncated);
        var list = new List<Celsius> { 1, 2.5, new Fahrenheit(32) };
        foreach (var x in list) Console.WriteLine(x);
        for (int i = 0; i < 3; i++)
        {
            Celsius r = await ReadAsync(i);
            Console.WriteLine("read " + r);
        }
        Tag t = 42;
        string s = t;
        Console.WriteLine(s);
        Console.WriteLine(s.Length);
        Tag u = (Tag)"abc";
        Console.WriteLine(u.Text);
        string joined = string.Concat((string)u, t);
        Console.WriteLine(joined);
        Console.WriteLine(t);
    }
}
