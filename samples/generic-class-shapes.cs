// Generic types in the shapes real programs give them: instances first reached from inside
// other instances, generic interfaces used through locals, casts and explicit implementations,
// the self-referencing base (`Entity<TSelf> where TSelf : Entity<TSelf>`), a library exception
// class as a constraint, Map<U> returning Box<U>, Box<Box<T>>, types nested in instances, and
// type inference through an interface a class implements.
using System;
using System.Collections.Generic;

interface IStore<T> { int Size(); void Put(T item); }
class ListStore<T> : IStore<T>
{
    private readonly List<T> items = new List<T>();
    public int Size() { return items.Count; }
    public void Put(T item) { items.Add(item); }
}

interface IReader<T> { T Read(); }
class Cell<T> : IReader<T>
{
    private readonly T value;
    public Cell(T v) { value = v; }
    T IReader<T>.Read() { return value; }
}

class Node<T> { public T Value; public Node<T> Next; }
class Chain<T>
{
    private Node<T> head;
    public int Count = 0;
    public Node<T> Last = new Node<T>();
    public string Tag = "chain";
    public void Push(T v) { head = new Node<T> { Value = v, Next = head }; Count++; }
    public override string ToString() { return Tag + "(" + Count + ")"; }
}

abstract class Shape { public abstract string Name(); }
class Poly<T> : Shape
{
    private Node<T> first;
    public override string Name() { return "poly of " + typeof(T).Name; }
}

class Map<K, V> { public virtual string Kind() { return "Map"; } }
class StringMap<V> : Map<string, V> { public override string Kind() { return "StringMap"; } }

class Entity<TSelf> where TSelf : Entity<TSelf>
{
    public TSelf Self() { return (TSelf)this; }
}
class Customer : Entity<Customer> { public string Name = "anon"; }

class Catcher<TEx> where TEx : Exception
{
    public string Run(Action a)
    {
        try { a(); return "no exception"; }
        catch (TEx e) { return "caught " + e.Message; }
    }
}

class Box<T>
{
    public T V;
    public Box(T v) { V = v; }
    public Box<U> Map<U>(Func<T, U> f) { return new Box<U>(f(V)); }
}

class Outer<T>
{
    public class Inner { public T Item; public Inner(T i) { Item = i; } }
    public Inner Make(T v) { return new Inner(v); }
}

interface IHandler<T> { void Handle(T e); }
class IntHandler : IHandler<int> { public void Handle(int e) { Console.WriteLine("int " + e); } }

class Program
{
    static Box<T> Make<T>(T v) { return new Box<T>(v); }
    static Box<Box<T>> Nest<T>(T v) { return Make(Make(v)); }
    static string Sub<T>(IHandler<T> h) { return typeof(T).Name; }
    static int CountAll<T>(params T[] xs) { return xs.Length; }

    static void Main()
    {
        var st = new ListStore<int>();
        IStore<int> store = st;
        store.Put(1); store.Put(2);
        Console.WriteLine(store.Size());
        object o = st;
        Console.WriteLine((o is IStore<int>) + " " + ((IStore<int>)o).Size());

        IReader<string> r = new Cell<string>("read");
        Console.WriteLine(r.Read());

        var chain = new Chain<string>();
        chain.Push("a"); chain.Push("b");
        Console.WriteLine(chain);
        Console.WriteLine(chain.Last == null);

        Shape s = new Poly<int>();
        Console.WriteLine(s.Name());
        Console.WriteLine(new StringMap<List<int>>().Kind());

        Console.WriteLine(new Customer().Self().Name);
        Console.WriteLine(new Catcher<InvalidOperationException>().Run(() => { throw new InvalidOperationException("bad state"); }));

        var b = new Box<int>(2).Map(x => "s" + x).Map(t => t.Length);
        Console.WriteLine(b.V);
        Console.WriteLine(Nest(7).V.V);

        var inner = new Outer<int>.Inner(3);
        Outer<string>.Inner named = new Outer<string>().Make("x");
        Console.WriteLine(inner.Item + 1 + named.Item);
        Console.WriteLine(inner.GetType());
        Console.WriteLine(Sub(new IntHandler()));
        Console.WriteLine(CountAll(1, 2, 3) + CountAll("a", "b"));
    }
}
