// Generic interface methods implemented by generic classes, called directly through the
// interface and from a generic method (an instance made while instantiating).
using System;
using System.Threading.Tasks;
interface IConv { T Id<T>(T x); }
class Box<X> : IConv
{
    public X Tag;
    public T Id<T>(T x) { Console.WriteLine("Box<" + typeof(X).Name + ">.Id " + x); return x; }
}
class Program
{
    static T Through<T>(IConv c, T v) => c.Id(v);
    static void Main()
    {
        IConv a = new Box<int>();
        Console.WriteLine(a.Id("one"));
        Console.WriteLine(Through(new Box<string>(), 3));
    }
}
