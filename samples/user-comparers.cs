using System;
using System.Collections.Generic;
using System.Linq;

class Person
{
    public string Name { get; }
    public int Age { get; }
    public Person(string name, int age) { Name = name; Age = age; }
    public override string ToString() => $"{Name} ({Age})";
}

class ByLength : IComparer<string>
{
    public int Compare(string a, string b) => a.Length.CompareTo(b.Length);
}

class CaseInsensitive : IComparer<string>
{
    public int Calls;
    public int Compare(string x, string y)
    {
        Calls++;
        return string.Compare(x.ToLowerInvariant(), y.ToLowerInvariant(), StringComparison.Ordinal);
    }
}

// Explicit implementation: only reachable through the interface.
class Descending : IComparer<int>
{
    int IComparer<int>.Compare(int a, int b) => b.CompareTo(a);
}

class ByAge : IComparer<Person>
{
    public int Compare(Person a, Person b)
    {
        if (ReferenceEquals(a, b)) return 0;
        if (a == null) return -1;
        if (b == null) return 1;
        return a.Age.CompareTo(b.Age);
    }
}

// A generic comparer over any comparable type, reversed.
class Reverse<T> : IComparer<T> where T : IComparable<T>
{
    public int Compare(T x, T y) => y.CompareTo(x);
}

class ByAbs : IComparer<double>
{
    public int Compare(double x, double y) => Math.Abs(x).CompareTo(Math.Abs(y));
}

// An object's comparer accepts strings too: IComparer<in T> is contravariant.
class ByHash : IComparer<object>
{
    public int Compare(object a, object b) => a.ToString().Length - b.ToString().Length;
}

class Picky : IComparer<int>
{
    public int Compare(int a, int b)
    {
        if (a == 13 || b == 13) throw new ArgumentException("13 is unlucky");
        return a - b;
    }
}

class Program
{
    static T Largest<T>(List<T> items, IComparer<T> comparer)
    {
        T best = items[0];
        foreach (var x in items)
            if (comparer.Compare(x, best) > 0) best = x;
        return best;
    }

    class Ranked
    {
        readonly IComparer<string> order;
        public Ranked(IComparer<string> order) { this.order = order; }
        public bool Before(string a, string b) => order.Compare(a, b) < 0;
    }

    static void Main()
    {
        var words = new List<string> { "banana", "Fig", "apple", "kiwi", "Cherry", "date" };

        var byLength = new List<string>(words);
        byLength.Sort(new ByLength());
        Console.WriteLine(string.Join(", ", byLength));

        var ci = new CaseInsensitive();
        var sorted = new List<string>(words);
        sorted.Sort(ci);
        Console.WriteLine(string.Join(", ", sorted));
        Console.WriteLine(ci.Calls > 0);

        IComparer<string> c = new ByLength();
        Console.WriteLine(c.Compare("a", "bb"));
        Console.WriteLine(c.Compare("ccc", "bb"));

        var numbers = new List<int> { 5, 3, 9, 1, 7 };
        numbers.Sort(new Descending());
        Console.WriteLine(string.Join(" ", numbers));
        IComparer<int> d = new Descending();
        Console.WriteLine(d.Compare(1, 2));

        var people = new List<Person>
        {
            new Person("Ann", 31), new Person("bob", 25), new Person("Cid", 40), new Person("dee", 25),
        };
        Console.WriteLine(string.Join(", ", people.OrderBy(p => p, new ByAge())));
        Console.WriteLine(string.Join(", ", people.OrderByDescending(p => p.Name, new CaseInsensitive())));
        Console.WriteLine(string.Join(", ", people.OrderBy(p => p.Age).ThenBy(p => p.Name, new ByLength())));
        Console.WriteLine(string.Join(", ", people.OrderBy(p => p.Age).ThenByDescending(p => p.Name, new CaseInsensitive())));
        Console.WriteLine(people.OrderBy(p => p, new ByAge()).First());
        Console.WriteLine(people.OrderBy(p => p, new ByAge()).Last());

        Console.WriteLine(Largest(words, new ByLength()));
        Console.WriteLine(Largest(numbers, new Reverse<int>()));
        Console.WriteLine(Largest(words, new Reverse<string>()));

        var ranked = new Ranked(new CaseInsensitive());
        Console.WriteLine(ranked.Before("apple", "Banana"));

        var rev = new List<string>(words);
        rev.Sort(new Reverse<string>());
        Console.WriteLine(string.Join(", ", rev));

        var doubles = new List<double> { -3.5, 1.25, -0.5, 2.0 };
        doubles.Sort(new ByAbs());
        Console.WriteLine(string.Join(" ", doubles));

        var array = new[] { "pear", "Fig", "banana", "kiwi" };
        Array.Sort(array, new ByLength());
        Console.WriteLine(string.Join(", ", array));
        Array.Sort(array, new CaseInsensitive());
        Console.WriteLine(string.Join(", ", array));
        var ints = new[] { 4, 1, 3 };
        Array.Sort(ints, new Reverse<int>());
        Console.WriteLine(string.Join(" ", ints));
        Array.Sort(ints, (IComparer<int>)null);
        Console.WriteLine(string.Join(" ", ints));
        Array.Sort(array, StringComparer.Ordinal);
        Console.WriteLine(string.Join(", ", array));
        Array.Sort(ints, Comparer<int>.Create((a, b) => b - a));
        Console.WriteLine(string.Join(" ", ints));

        IComparer<string> general = new ByHash();
        var short1 = new List<string> { "ccc", "a", "bb" };
        short1.Sort(general);
        Console.WriteLine(string.Join(" ", short1));

        try
        {
            var unlucky = new List<int> { 4, 13, 2 };
            unlucky.Sort(new Picky());
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.Message);
            Console.WriteLine(e.InnerException.GetType().Name + ": " + e.InnerException.Message);
        }
        try
        {
            Array.Sort(new[] { 13, 4, 2 }, new Picky());
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.InnerException.Message);
        }
        try
        {
            Console.WriteLine(string.Join(" ", new[] { 4, 13, 2 }.OrderBy(x => x, new Picky())));
        }
        catch (Exception e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
        // First() of an ordered query scans for the smallest key: no sort wraps the exception.
        try
        {
            Console.WriteLine(new[] { 4, 13, 2 }.OrderBy(x => x, new Picky()).First());
        }
        catch (Exception e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
        var counting = new CaseInsensitive();
        Console.WriteLine(words.OrderBy(w => w, counting).First() + " after " + counting.Calls + " calls");
        Console.WriteLine(words.OrderByDescending(w => w, counting).Last() + " after " + counting.Calls + " calls");
    }
}
