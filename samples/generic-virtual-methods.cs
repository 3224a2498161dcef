using System;
using System.Collections.Generic;
using System.Threading.Tasks;

interface IStore { Task<T> Load<T>(string key, T fallback); }
interface IShape { string Name { get; } }
class Circle : IShape { public string Name => "circle"; }

abstract class Store : IStore {
    protected readonly Dictionary<string, object> items = new Dictionary<string, object>();
    public virtual async Task<T> Load<T>(string key, T fallback) {
        await Task.Yield();
        object v;
        return items.TryGetValue(key, out v) ? (T)v : fallback;
    }
    public abstract string Describe<T>(T value);
    public virtual string Shape<S>(S s) where S : IShape => "shape " + s.Name;
    public void Put(string k, object v) => items[k] = v;
}

class LoggingStore : Store {
    public override async Task<T> Load<T>(string key, T fallback) {
        Console.WriteLine("load " + key + " as " + typeof(T).Name);
        var v = await base.Load(key, fallback);
        Console.WriteLine("loaded " + v);
        return v;
    }
    public override string Describe<U>(U value) => "logging:" + value;
}

class QuietStore : LoggingStore {
    public sealed override string Describe<V>(V value) => "quiet:" + value + ":" + base.Describe(value);
    public override string Shape<S>(S s) => "quiet " + s.Name + " " + base.Shape(s);
}

class Plain : Store {
    public override string Describe<T>(T value) => "plain " + (value == null ? "null" : value.ToString());
}

class Repo<K> {
    public virtual List<R> Map<R>(List<K> keys, Func<K, R> f) {
        var list = new List<R>();
        foreach (var k in keys) list.Add(f(k));
        return list;
    }
}
class CountingRepo<K> : Repo<K> {
    public int Calls;
    public override List<R> Map<R>(List<K> keys, Func<K, R> f) { Calls++; return base.Map(keys, f); }
}

class Program {
    static async Task Main() {
        Store s = new QuietStore();
        s.Put("n", 42);
        s.Put("name", "ann");
        Console.WriteLine(await s.Load("n", 0));
        Console.WriteLine(await s.Load("name", "none"));
        Console.WriteLine(await s.Load("missing", 1.5));
        IStore i = new Plain();
        Console.WriteLine(await i.Load("x", "fb"));
        Console.WriteLine(s.Describe(7) + " | " + s.Describe("t"));
        Store p = new Plain();
        Console.WriteLine(p.Describe<string>(null) + " | " + p.Describe(3));
        Console.WriteLine(s.Shape(new Circle()) + " | " + p.Shape(new Circle()));
        var ls = new LoggingStore();
        Console.WriteLine(ls.Describe(true));
        Repo<int> r = new CountingRepo<int>();
        var strs = r.Map(new List<int> { 1, 2 }, x => "#" + x);
        var dbl = r.Map(new List<int> { 3 }, x => x * 0.5);
        Console.WriteLine(string.Join(",", strs) + " " + string.Join(",", dbl) + " " + ((CountingRepo<int>)r).Calls);
        Store[] all = { new LoggingStore(), new QuietStore(), new Plain() };
        foreach (var st in all) Console.WriteLine(st.Describe('c'));
    }
}
