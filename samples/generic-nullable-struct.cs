using System;
using System.Collections.Generic;
using System.Threading.Tasks;
struct Point { public int X, Y; public Point(int x, int y) { X = x; Y = y; } public override string ToString() => "(" + X + "," + Y + ")"; }
class Slot<T> where T : struct {
    T? value;
    public bool Has => value.HasValue;
    public void Set(T v) { value = v; }
    public void Clear() { value = null; }
    public T Get(T fallback) => value ?? fallback;
    public T? Peek() => value;
    public override string ToString() => value.HasValue ? "Slot(" + value.Value + ")" : "Slot(empty)";
}
static class Opt {
    public static T? FirstOrNull<T>(IEnumerable<T> xs, Func<T, bool> p) where T : struct {
        foreach (var x in xs) if (p(x)) return x;
        return null;
    }
    public static async Task<T?> Later<T>(T? v) where T : struct { await Task.Yield(); return v; }
    public static bool Same<T>(T? a, T? b) where T : struct => a.Equals(b);
    public static string Show<T>(T? v) where T : struct => v == null ? "null" : v.GetValueOrDefault().ToString();
}
class Program {
    static async Task Main() {
        var s = new Slot<int>();
        Console.WriteLine(s + " " + s.Has + " " + s.Get(-1));
        s.Set(5);
        Console.WriteLine(s + " " + s.Has + " " + s.Get(-1) + " " + s.Peek());
        s.Clear();
        Console.WriteLine(s.Peek() == null);
        var p = new Slot<Point>();
        p.Set(new Point(1, 2));
        Console.WriteLine(p + " " + p.Get(default(Point)));
        Console.WriteLine(Opt.FirstOrNull(new[] { 1, 5, 9 }, x => x > 4) + " " + Opt.FirstOrNull(new List<double> { 1.5 }, x => x > 4).HasValue);
        int? r = await Opt.Later<int>(7);
        long? n = await Opt.Later<long>(null);
        Console.WriteLine(r + " " + n.HasValue);
        Console.WriteLine(Opt.Same<int>(1, 1) + " " + Opt.Same<int>(null, 1) + " " + Opt.Same<bool>(null, null));
        Console.WriteLine(Opt.Show<int>(null) + " " + Opt.Show<double>(2.5) + " " + Opt.Show<Point>(new Point(3, 4)));
    }
}
