// Generic local functions: type arguments inferred or written, constraints, captured locals
// (read when called, so later changes show), recursion, iterators, method groups converted to
// delegates, and generic local functions inside a generic method, a lambda and a constructor.
using System;
using System.Collections.Generic;
using System.Linq;

class Counter
{
    public int Value = 5;
}

delegate double Scale(double x);

class Report
{
    readonly string title;

    public Report(string title, int width)
    {
        this.title = title;
        string Pad<T>(T value) => value.ToString().PadRight(width, '.') + "|";
        Console.WriteLine(Pad(title) + Pad(width) + Pad(2.5));
    }

    public static void Label<T>(IEnumerable<T> items, string prefix)
    {
        // Uses the enclosing method's T and a type parameter of its own.
        var n = 0;
        KeyValuePair<string, U> Tag<U>(U u) => new KeyValuePair<string, U>(prefix + (++n), u);
        var tagged = items.Select(x => Tag(x)).ToList();
        var extra = Tag(typeof(T).Name);
        Console.WriteLine(string.Join(" ", tagged.Select(p => p.Key + "=" + p.Value)) + " " + extra.Key + "=" + extra.Value);
    }
}

class Program
{
    static void Main()
    {
        // Inference from the arguments, and explicit type arguments.
        T Id<T>(T x) => x;
        Console.WriteLine(Id(42) + " " + Id("text") + " " + Id<double>(3));

        // A captured counter: each call sees and changes the current value.
        int calls = 0;
        List<T> Repeat<T>(T value, int times)
        {
            var list = new List<T>();
            for (int i = 0; i < times; i++)
            {
                calls++;
                list.Add(value);
            }
            return list;
        }
        Console.WriteLine(string.Join(",", Repeat('x', 3)) + " calls=" + calls);
        calls = 100;
        Console.WriteLine(string.Join(",", Repeat(1.5, 2)) + " calls=" + calls);

        // Constraints: the body calls CompareTo through IComparable<T>.
        T Max<T>(IEnumerable<T> items) where T : IComparable<T>
        {
            var best = default(T);
            var first = true;
            foreach (var item in items)
            {
                if (first || item.CompareTo(best) > 0)
                {
                    best = item;
                    first = false;
                }
            }
            return best;
        }
        Console.WriteLine(Max(new[] { 3, 9, 4 }) + " " + Max(new List<string> { "pear", "apple", "plum" }));

        // new() and default(T).
        T Fresh<T>() where T : new() => new T();
        Console.WriteLine(Fresh<List<int>>().Count + " " + Fresh<Counter>().Value);
        bool IsDefault<T>(T value) => EqualityComparer<T>.Default.Equals(value, default(T));
        Console.WriteLine(IsDefault(0) + " " + IsDefault(7) + " " + IsDefault<string>(null) + " " + IsDefault("s"));

        // Recursion, with the type argument passed on, and two functions calling each other.
        int Length<T>(List<T> list, int from) => from >= list.Count ? 0 : 1 + Length(list, from + 1);
        Console.WriteLine(Length(new List<string> { "a", "b", "c" }, 0));
        bool Even<T>(T tag, int n) => n == 0 || Odd(tag, n - 1);
        bool Odd<T>(T tag, int n) => n != 0 && Even(tag, n - 1);
        Console.WriteLine(Even("e", 10) + " " + Odd('o', 7) + " " + Even(1, 3));

        // An iterator: lazy, so the side effects interleave with the consumer.
        IEnumerable<TOut> Map<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> f)
        {
            foreach (var item in source)
            {
                Console.WriteLine("  map " + item);
                yield return f(item);
            }
        }
        foreach (var s in Map(new[] { 1, 2 }, n => "#" + n))
            Console.WriteLine("got " + s);
        Console.WriteLine(string.Join(",", Map(Map(new[] { "a", "bb" }, w => w.Length), n => n * n)));

        // Method groups: inferred from the delegate type, or written.
        Func<int, int> f = Id;
        Func<string, string> g = Id<string>;
        Scale h = Id;
        Console.WriteLine(f(7) + g("s") + h(0.5));
        Console.WriteLine(string.Join(",", new[] { 5, 6 }.Select(Id)));
        Console.WriteLine(string.Join(",", new[] { "b", "a" }.OrderBy(Id)));

        // Inside a lambda.
        Func<int, string> stars = n =>
        {
            string Times<T>(T item, int k) => k == 0 ? "" : item + Times(item, k - 1);
            return Times('*', n) + Times(n, 2);
        };
        Console.WriteLine(stars(3));

        // A static one captures nothing.
        static T[] Pair<T>(T a, T b) => new[] { a, b };
        Console.WriteLine(string.Join("+", Pair(1, 2)) + " " + Pair("x", "y").Length);

        // One inside another: each copy of the outer function has copies of the inner one.
        int applied = 0;
        T Twice<T>(T x, Func<T, T> step)
        {
            U Apply<U>(U u, Func<U, U> g) { applied++; return g(u); }
            string Show<V>(V v) => typeof(T).Name + "/" + typeof(V).Name + ":" + v;
            Console.WriteLine(Show(x) + " " + Show(applied));
            return Apply(Apply(x, step), step);
        }
        Console.WriteLine(Twice(3, n => n + 1) + " " + applied);
        Console.WriteLine(Twice("a", w => w + "b") + " " + applied);

        new Report("total", 7);
        Report.Label(new[] { 10, 20 }, "n");
        Report.Label(new[] { "p" }, "s");
    }
}
