// C# 12: out var, out discards (out _), ref parameters (generic Swap, ref to array elements), out parameters assigned on every path, in parameters (passed with and without in), ref to a reference-typed parameter, Interlocked.Increment(ref field) from Task.Run workers
// mcs: compiles and runs
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

struct Matrix2
{
    public Matrix2(double a, double b, double c, double d) { A = a; B = b; C = c; D = d; }
    public double A { get; }
    public double B { get; }
    public double C { get; }
    public double D { get; }
}

class Program
{
    static int _hits;

    static void Swap<T>(ref T left, ref T right)
    {
        T tmp = left;
        left = right;
        right = tmp;
    }

    static bool TryDivide(int numerator, int denominator, out int quotient, out int remainder)
    {
        if (denominator == 0)
        {
            quotient = remainder = 0;
            return false;
        }
        quotient = Math.DivRem(numerator, denominator, out remainder);
        return true;
    }

    static double Determinant(in Matrix2 m) => m.A * m.D - m.B * m.C;

    static void Normalize(ref int[] values, out int removed)
    {
        var kept = new List<int>();
        foreach (var v in values) if (v >= 0) kept.Add(v);
        removed = values.Length - kept.Count;
        values = kept.ToArray();
    }

    static async Task Main()
    {
        foreach (var text in new[] { "42", "x7", "-3" })
            Console.WriteLine(int.TryParse(text, out var n) ? $"parsed {n}" : $"'{text}' is not a number");

        if (TryDivide(17, 5, out int q, out int r)) Console.WriteLine($"17 / 5 = {q} rem {r}");
        Console.WriteLine(TryDivide(1, 0, out _, out _));

        string first = "left", second = "right";
        Swap(ref first, ref second);
        Console.WriteLine($"{first} {second}");

        int[] arr = { 5, -1, 3, -7, 9 };
        Swap(ref arr[0], ref arr[4]);
        Normalize(ref arr, out int dropped);
        Console.WriteLine($"{string.Join(",", arr)} (dropped {dropped})");

        var m = new Matrix2(3, 1, 2, 4);
        Console.WriteLine($"det = {Determinant(in m)} / {Determinant(m)}");

        var tasks = new Task[4];
        for (int i = 0; i < tasks.Length; i++)
            tasks[i] = Task.Run(() => { for (int k = 0; k < 1000; k++) Interlocked.Increment(ref _hits); });
        await Task.WhenAll(tasks);
        Console.WriteLine($"hits {_hits}");
    }
}
