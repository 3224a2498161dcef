using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using System.Runtime.CompilerServices;

// Generic types whose code depends on what T is: binding in the template (C#'s), boxing,
// default(T), statics per instantiation, generic awaitables.
class Which
{
    public static string Of(object o) => "object";
    public static string Of(int i) => "int";
}

class Holder<T>
{
    public T Value;
    public static int Instances;
    public Holder(T v) { Value = v; Instances++; }
    public string Bound() => Which.Of(Value);
    public bool IsDefault() => object.Equals(Value, default(T));
    public object Boxed() => Value;
}

struct Counter<T>
{
    public int Count;
    public T Last;
    public void Add(T x) { Count++; Last = x; }
}

class Ready<T>
{
    private readonly T value;
    public Ready(T v) { value = v; }
    public ReadyAwaiter<T> GetAwaiter() => new ReadyAwaiter<T>(value);
}

struct ReadyAwaiter<T> : INotifyCompletion
{
    private readonly T value;
    public ReadyAwaiter(T v) { value = v; }
    public bool IsCompleted => true;
    public T GetResult() => value;
    public void OnCompleted(Action k) => k();
}

class Program
{
    static async Task Main()
    {
        var h = new Holder<int>(0);
        Console.WriteLine(h.Bound() + " " + h.IsDefault());
        var s = new Holder<string>("x");
        Console.WriteLine(s.Bound() + " " + s.IsDefault());
        new Holder<int>(3);
        Console.WriteLine(Holder<int>.Instances + " " + Holder<string>.Instances + " " + Holder<double>.Instances);
        object b = h.Boxed();
        Console.WriteLine(b is int);

        var c = new Counter<string>();
        c.Add("a"); c.Add("b");
        Console.WriteLine(c.Count + c.Last);
        var copy = c;
        copy.Add("z");
        Console.WriteLine(c.Count + " " + copy.Count);

        int n = await new Ready<int>(41);
        string t = await new Ready<string>("done");
        Console.WriteLine(n + 1);
        Console.WriteLine(t);
        var list = new List<Holder<string>> { new Holder<string>("p"), new Holder<string>("q") };
        foreach (var x in list) Console.Write(x.Value);
        Console.WriteLine();
    }
}
