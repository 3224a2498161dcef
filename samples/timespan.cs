// TimeSpan: construction (From*, constructors, Zero/MaxValue/MinValue), components and totals,
// operators (+, -, unary -, comparisons, += and -=), Add/Subtract/Duration/Negate, CompareTo and
// Equals, .NET's "c", "g", "G" and custom formats (ToString, interpolation, string.Format),
// boxing and unboxing, collections (List, Sort, dictionary keys), overflow exceptions, and the
// task library's TimeSpan overloads (Task.Delay, CancellationTokenSource, CancelAfter,
// SemaphoreSlim.Wait/WaitAsync).
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

class Program
{
    static TimeSpan total;

    static async Task<TimeSpan> Twice(TimeSpan d)
    {
        await Task.Delay(d);
        return d + d;
    }

    static async Task Main()
    {
        var a = TimeSpan.FromSeconds(90);
        var b = new TimeSpan(1, 2, 3, 4);
        var c = new TimeSpan(0, 0, -1);
        Console.WriteLine(a);
        Console.WriteLine(b);
        Console.WriteLine(c);
        Console.WriteLine(TimeSpan.FromMilliseconds(4500) + " " + TimeSpan.FromTicks(15) + " " + new TimeSpan(123456789L));
        Console.WriteLine($"{a} {b:c} {a:g} {b:G} {c:g}");
        Console.WriteLine(new TimeSpan(1, 2, 3, 4, 500));
        Console.WriteLine(TimeSpan.Zero + " " + TimeSpan.MaxValue + " " + TimeSpan.MinValue);
        Console.WriteLine(b.Days + " " + b.Hours + " " + b.Minutes + " " + b.Seconds + " " + b.Milliseconds + " " + b.Ticks);
        Console.WriteLine(c.Days + " " + c.Seconds + " " + new TimeSpan(-1, -2, 0, 0).Hours);
        Console.WriteLine(a.TotalMinutes + " " + a.TotalSeconds + " " + a.TotalMilliseconds + " " + TimeSpan.FromMinutes(90).TotalHours + " " + TimeSpan.FromHours(36).TotalDays);
        Console.WriteLine((a + b) + " " + (b - a) + " " + (-a) + " " + (+a));
        Console.WriteLine((a < b) + " " + (a > b) + " " + (a <= a) + " " + (a >= b) + " " + (a == TimeSpan.FromMinutes(1.5)) + " " + (a != b));
        Console.WriteLine(a.Add(b) + " " + a.Subtract(b) + " " + a.Subtract(b).Duration() + " " + a.Negate());
        Console.WriteLine(a.CompareTo(b) + " " + b.CompareTo(a) + " " + a.CompareTo(a) + " " + TimeSpan.Compare(a, b));
        Console.WriteLine(a.Equals(TimeSpan.FromSeconds(90)) + " " + TimeSpan.Equals(a, b));
        Console.WriteLine(TimeSpan.FromHours(1.5) + " " + TimeSpan.FromDays(0.5) + " " + TimeSpan.FromMinutes(-2.25));

        object boxed = a;
        Console.WriteLine(boxed + " " + boxed.Equals(TimeSpan.FromSeconds(90)) + " " + (TimeSpan)boxed + " " + boxed.GetType());
        foreach (var x in new object[] { a, 90L, "90", null })
            Console.Write(x is TimeSpan t ? "TimeSpan " + t.TotalSeconds + "; " : "other; ");
        Console.WriteLine();
        Console.WriteLine(a.ToString() + " " + b.ToString("c") + " " + b.ToString(@"hh\:mm\:ss") + " " + b.ToString(@"d\.hh\:mm") + " " + a.ToString("g"));
        Console.WriteLine($"[{TimeSpan.FromMinutes(3),12}] [{TimeSpan.FromMinutes(3),-12:g}] {TimeSpan.FromSeconds(-1.25):G}");
        Console.WriteLine(string.Format("{0} {0:c} {1}", TimeSpan.FromHours(25), default(TimeSpan)));

        total += a;
        total += b;
        total -= TimeSpan.FromHours(1);
        Console.WriteLine(total);
        TimeSpan sum = TimeSpan.Zero;
        var list = new List<TimeSpan> { b, a, c };
        foreach (var t in list) sum += t;
        Console.WriteLine(sum + " " + string.Join(", ", list));
        list.Sort();
        Console.WriteLine(string.Join(", ", list));
        var names = new Dictionary<TimeSpan, string> { [a] = "a", [b] = "b" };
        Console.WriteLine(names[TimeSpan.FromMinutes(1.5)] + " " + names.ContainsKey(c));

        try { Console.WriteLine(TimeSpan.MaxValue + TimeSpan.FromTicks(1)); }
        catch (OverflowException e) { Console.WriteLine(e.Message); }
        try { Console.WriteLine(-TimeSpan.MinValue); }
        catch (OverflowException e) { Console.WriteLine(e.Message); }
        try { Console.WriteLine(TimeSpan.FromDays(20000000)); }
        catch (OverflowException e) { Console.WriteLine(e.GetType().Name); }
        try { object o = 5L; Console.WriteLine((TimeSpan)o); }
        catch (InvalidCastException e) { Console.WriteLine(e.GetType().Name); }

        Console.WriteLine(await Twice(TimeSpan.FromMilliseconds(10)));
        await Task.Delay(TimeSpan.Zero);
        using (var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(20)))
        {
            try { await Task.Delay(TimeSpan.FromSeconds(5), cts.Token); }
            catch (TaskCanceledException) { Console.WriteLine("canceled"); }
        }
        var later = new CancellationTokenSource();
        later.CancelAfter(TimeSpan.FromMilliseconds(5));
        try { await Task.Delay(1000, later.Token); }
        catch (TaskCanceledException) { Console.WriteLine("canceled after"); }
        try { await Task.Delay(TimeSpan.FromMilliseconds(-2)); }
        catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.ParamName); }
        var sem = new SemaphoreSlim(0);
        Console.WriteLine(await sem.WaitAsync(TimeSpan.FromMilliseconds(10)));
        Console.WriteLine(sem.Wait(TimeSpan.Zero));
        sem.Release();
        Console.WriteLine(sem.Wait(TimeSpan.FromSeconds(1)));
    }
}
