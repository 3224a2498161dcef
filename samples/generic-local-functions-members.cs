// Generic local functions in members of all kinds: an instance method (capturing `this`), a
// generic class's method and constructor (using the class's T, made for a type argument a
// generic method passes), field initializers' lambdas, lambdas bound against several overloads
// (Task.Run), loops that capture a new variable per iteration, and bodies that test, throw and
// use `out var`.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

class Box<T>
{
    T item;
    public string Made;

    public Box(T item)
    {
        this.item = item;
        string Both<U>(U extra) => item + "+" + extra;
        Made = Both(1) + " " + Both("s");
    }

    public string Describe()
    {
        string Pair<U>(U extra) => "(" + item + ", " + extra + ")";
        return Pair(typeof(T).Name) + Pair(2.5);
    }
}

class Inventory
{
    int changes = 3;
    static Func<int> CountTwo = () => { T Id<T>(T x) => x; return Id(5) + Id(1); };
    Func<string> label = () => { T Id<T>(T x) => x; return Id("label"); };

    public void Record()
    {
        T Change<T>(T what)
        {
            Console.WriteLine("change " + changes + ": " + what);
            changes++;
            return what;
        }
        Change(1);
        Change("two");
        Console.WriteLine(changes + " " + CountTwo() + " " + label());
    }
}

class Program
{
    static string Make<T>(T v) => new Box<T>(v).Made;

    static async Task Main()
    {
        new Inventory().Record();
        Console.WriteLine(new Box<int>(3).Made + " | " + new Box<string>("b").Describe());
        Console.WriteLine(Make(2L) + " | " + Make('c'));

        // Assigned after the declaration, before the call: the call sees it.
        int late;
        T ShowLate<T>(T x) { Console.WriteLine("late " + late + " " + x); return x; }
        late = 5;
        ShowLate('c');

        var formats = new List<Func<string>>();
        for (int i = 0; i < 3; i++)
        {
            int j = i;
            string Fmt<T>(T v) => j + ":" + v;
            formats.Add(() => Fmt(j * 1.5));
        }
        foreach (var f in formats)
            Console.WriteLine(f());

        TR Apply<TA, TR>(TA a, Func<TA, TR> f2) => f2(a);
        Console.WriteLine(Apply(3, x => x * 2.5) + " " + Apply("abc", s => s.Length));

        Dictionary<K, List<V>> Group<K, V>(IEnumerable<V> xs, Func<V, K> key)
        {
            var d = new Dictionary<K, List<V>>();
            foreach (var x in xs)
            {
                var k = key(x);
                if (!d.TryGetValue(k, out var l))
                {
                    l = new List<V>();
                    d[k] = l;
                }
                l.Add(x);
            }
            return d;
        }
        foreach (var kv in Group(new[] { "ant", "bee", "ape", "cat" }, w => w[0]))
            Console.WriteLine(kv.Key + "=" + string.Join("/", kv.Value));

        T Must<T>(T v) where T : class => v ?? throw new ArgumentNullException("v");
        try
        {
            Must<string>(null);
        }
        catch (ArgumentNullException e)
        {
            Console.WriteLine("caught " + e.ParamName);
        }

        string Kind<T>(T x) => x is int n ? "int " + n : x is string s ? "string " + s : "other " + x;
        Console.WriteLine(Kind(5) + "; " + Kind("q") + "; " + Kind(2.5));

        var sum = await Task.Run(() => { T Id<T>(T x) => x; return Id(5) + Id(2); });
        Console.WriteLine(sum);
        var reps = new[] { 1, 2, 3 }.Select(n =>
        {
            string Rep<T>(T v, int k) => k == 0 ? "" : v + Rep(v, k - 1);
            return Rep(n, n);
        });
        Console.WriteLine(string.Join(",", reps));
    }
}
