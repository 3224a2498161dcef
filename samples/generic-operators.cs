using System;
using System.Collections.Generic;
using System.Threading.Tasks;
struct Vec<T> {
    public T X, Y;
    public Vec(T x, T y) { X = x; Y = y; }
    public static bool operator ==(Vec<T> a, Vec<T> b) => EqualityComparer<T>.Default.Equals(a.X, b.X) && EqualityComparer<T>.Default.Equals(a.Y, b.Y);
    public static bool operator !=(Vec<T> a, Vec<T> b) => !(a == b);
    public override bool Equals(object o) => o is Vec<T> && this == (Vec<T>)o;
    public override int GetHashCode() => 0;
    public override string ToString() => "(" + X + "," + Y + ")";
}
class Optional<T> {
    public readonly T Value; public readonly bool HasValue;
    Optional(T v, bool has) { Value = v; HasValue = has; }
    public static readonly Optional<T> None = new Optional<T>(default(T), false);
    public static implicit operator Optional<T>(T v) => new Optional<T>(v, true);
    public static explicit operator T(Optional<T> o) { if (!o.HasValue) throw new InvalidOperationException("no value"); return o.Value; }
    public static Optional<T> operator |(Optional<T> a, Optional<T> b) => a.HasValue ? a : b;
    public static bool operator true(Optional<T> o) => o.HasValue;
    public static bool operator false(Optional<T> o) => !o.HasValue;
    public override string ToString() => HasValue ? "Some(" + Value + ")" : "None";
}
class Counter<T> {
    public int N; public T Last;
    public static Counter<T> operator ++(Counter<T> c) { c.N++; return c; }
    public static Counter<T> operator +(Counter<T> c, T x) { c.Last = x; c.N++; return c; }
}
class Program {
    static bool Same<T>(Vec<T> a, Vec<T> b) => a == b;
    static Optional<T> First<T>(List<T> xs) => xs.Count > 0 ? xs[0] : Optional<T>.None;
    static async Task<Optional<int>> Find(int x) { await Task.Yield(); if (x > 0) return x; return Optional<int>.None; }
    static void Main() {
        Console.WriteLine(Same(new Vec<int>(1, 2), new Vec<int>(1, 2)) + " " + Same(new Vec<string>("a", "b"), new Vec<string>("a", "c")));
        Console.WriteLine(new Vec<double>(1, 2).Equals(new Vec<double>(1, 2)) + " " + (new Vec<int>(1, 1) != new Vec<int>(1, 2)));
        Optional<string> s = "hi";
        Console.WriteLine(s + " " + Optional<string>.None + " " + (Optional<string>.None | s) + " " + First(new List<int>()) + " " + First(new List<int> { 4 }));
        Console.WriteLine((int)First(new List<int> { 9 }) + " " + (s ? "yes" : "no") + " " + (Optional<int>.None ? "yes" : "no"));
        try { Console.WriteLine((int)Optional<int>.None); } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        Console.WriteLine(Find(3).Result + " " + Find(-1).Result);
        var c = new Counter<string>();
        c++; c = c + "x"; c += "y";
        Console.WriteLine(c.N + " " + c.Last);
    }
}
