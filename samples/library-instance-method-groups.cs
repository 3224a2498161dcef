using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;

class Greeter
{
    public void Hello(string name) { Console.WriteLine("hello " + name); }
    public virtual void Bye(string name) { Console.WriteLine("bye " + name); }
}

class Program
{
    static void Show(string label, Action body)
    {
        try { body(); Console.WriteLine(label + ": no exception"); }
        catch (Exception e) { Console.WriteLine(label + ": " + e.GetType().Name + ": " + e.Message); }
    }

    static async Task Main()
    {
        // The object is read once, when the delegate is made.
        var first = new List<int>();
        var other = new List<int>();
        var l = first;
        Action<int> add = l.Add;
        l = other;
        add(1);
        add(2);
        Console.WriteLine("first " + first.Count + ", other " + other.Count);

        // One object per conversion, also in a loop.
        var lists = new List<List<int>>();
        var adders = new List<Action<int>>();
        for (int i = 0; i < 3; i++)
        {
            var li = new List<int>();
            lists.Add(li);
            adders.Add(li.Add);
        }
        for (int i = 0; i < adders.Count; i++) { adders[i](i * 10); adders[i](i * 10 + 1); }
        Console.WriteLine(string.Join(" | ", lists.Select(x => string.Join(",", x))));

        // LINQ and List<T> members taking an object's method.
        var set = new HashSet<string> { "ann", "bob" };
        var names = new List<string> { "ann", "cat", "bob", "dan" };
        Console.WriteLine(string.Join(",", names.Where(set.Contains)));
        var ages = new Dictionary<string, int> { ["ann"] = 31, ["dan"] = 40 };
        Console.WriteLine(string.Join(",", names.Select(ages.ContainsKey)));
        Func<string, bool> known = set.Contains;
        Console.WriteLine(names.Count(known) + " known, any unknown: " + names.Any(n => !known(n)));
        var queue = new Queue<string>();
        names.ForEach(queue.Enqueue);
        Console.WriteLine(queue.Count + " queued, first " + queue.Peek());

        // The overload is the one the delegate's parameters choose.
        var log = new StringBuilder();
        Func<int, StringBuilder> addInt = log.Append;
        Func<string, StringBuilder> addText = log.Append;
        Action<char> addChar = c => log.Append(c);
        addText("n=");
        addInt(42);
        addChar('!');
        Console.WriteLine(log.ToString());

        string greeting = "hello world";
        Func<string, bool> starts = greeting.StartsWith;
        greeting = "changed";
        Console.WriteLine(starts("hello") + " " + starts("changed"));

        // A value-type object is copied into the delegate.
        int five = 5;
        Func<int, int> compare = five.CompareTo;
        five = 100;
        Console.WriteLine(compare(3) + " " + compare(5) + " " + compare(7));

        // A TaskCompletionSource's SetResult as a callback.
        var tcs = new TaskCompletionSource<int>();
        Action<int> complete = tcs.SetResult;
        var waiter = Task.Run(() => complete(7));
        Console.WriteLine("result " + await tcs.Task);
        await waiter;

        // A null object throws when the delegate is made, not when it is called.
        List<int> none = null;
        Show("null list", () => { Action<int> a = none.Add; });
        string nothing = null;
        Show("null string, virtual", () => { Func<string> f = nothing.ToString; });
        Show("null string, non-virtual", () => { Func<string, bool> f = nothing.Contains; });
        Greeter g = null;
        Show("null greeter", () => { Action<string> f = g.Hello; });
        Show("null greeter, virtual", () => { Action<string> f = g.Bye; });
        g = new Greeter();
        Show("greeter", () => { Action<string> f = g.Hello; f("ann"); });
    }
}
