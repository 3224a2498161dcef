// C# 12: generic math through static abstract interface members (INumber<T>, T.Zero, TOut.CreateChecked), a user interface with a static abstract property and a static abstract operator, a generic readonly record struct implementing it with operators, user-defined checked operators (C# 11) selected by checked(...)
using System;
using System.Collections.Generic;
using System.Numerics;

interface IMonoid<TSelf> where TSelf : IMonoid<TSelf>
{
    static abstract TSelf Empty { get; }
    static abstract TSelf operator +(TSelf left, TSelf right);
}

readonly record struct Vec2<T>(T X, T Y) : IMonoid<Vec2<T>> where T : INumber<T>
{
    public static Vec2<T> Empty => new(T.Zero, T.Zero);
    public static Vec2<T> operator +(Vec2<T> a, Vec2<T> b) => new(a.X + b.X, a.Y + b.Y);
    public static Vec2<T> operator *(Vec2<T> v, T k) => new(v.X * k, v.Y * k);
    public T Dot(Vec2<T> other) => X * other.X + Y * other.Y;
}

readonly struct Meters
{
    public Meters(int value) { Value = value; }
    public int Value { get; }
    public static Meters operator +(Meters a, Meters b) => new Meters(a.Value + b.Value);
    public static Meters operator checked +(Meters a, Meters b) => new Meters(checked(a.Value + b.Value));
    public override string ToString() => $"{Value} m";
}

static class Algebra
{
    public static T Sum<T>(IEnumerable<T> values) where T : INumber<T>
    {
        T total = T.Zero;
        foreach (var v in values) total += v;
        return total;
    }

    public static T Concat<T>(IEnumerable<T> items) where T : IMonoid<T>
    {
        T acc = T.Empty;
        foreach (var item in items) acc = acc + item;
        return acc;
    }

    public static TOut Average<TIn, TOut>(IReadOnlyCollection<TIn> values)
        where TIn : INumber<TIn>
        where TOut : INumber<TOut>
        => TOut.CreateChecked(Sum(values)) / TOut.CreateChecked(values.Count);
}

class Program
{
    static void Main()
    {
        Console.WriteLine(Algebra.Sum(new[] { 1, 2, 3, 4 }));
        Console.WriteLine(Algebra.Sum(new List<double> { 0.5, 0.25 }));
        Console.WriteLine(Algebra.Sum(new decimal[] { 1.1m, 2.2m }));
        Console.WriteLine(Algebra.Average<int, double>(new[] { 1, 2, 4 }));

        var path = new[] { new Vec2<int>(1, 2), new Vec2<int>(3, 4), new Vec2<int>(-1, 0) };
        Vec2<int> end = Algebra.Concat(path);
        Console.WriteLine($"{end} dot {end.Dot(new Vec2<int>(1, 1))}, scaled {end * 3}");
        Console.WriteLine(Vec2<double>.Empty + new Vec2<double>(0.5, 1.5));

        var a = new Meters(int.MaxValue);
        Console.WriteLine(unchecked(a + new Meters(1)));
        try
        {
            Console.WriteLine(checked(a + new Meters(1)));
        }
        catch (OverflowException)
        {
            Console.WriteLine("the checked operator overflowed");
        }
    }
}
