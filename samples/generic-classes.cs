using System;
using System.Collections.Generic;
using System.Threading.Tasks;

class Box<T>
{
    public T Value;
    public Box(T v) { Value = v; }
    public T Get() => Value;
    public override string ToString() => "Box(" + Value + ")";
}

class Node<T>
{
    public T Value;
    public Node<T> Next;
    public Node(T value, Node<T> next) { Value = value; Next = next; }
}

class Stack2<T>
{
    Node<T> head;
    int count;
    public int Count => count;
    public void Push(T x) { head = new Node<T>(x, head); count++; }
    public T Pop() { var v = head.Value; head = head.Next; count--; return v; }
    public static int Made;
    public Stack2() { Made++; }
}

class Program
{
    static async Task<T> Later<T>(T x) { await Task.Yield(); return x; }
    static async Task Main()
    {
        var b = new Box<int>(5);
        Console.WriteLine(b.Get() + 1);
        var s = new Box<string>("hi");
        Console.WriteLine(s.Value.Length);
        Console.WriteLine(s);
        var st = new Stack2<string>();
        st.Push("a"); st.Push("b");
        Console.WriteLine(st.Pop() + st.Count);
        var si = new Stack2<int>();
        new Stack2<int>();
        si.Push(await Later(42));
        Console.WriteLine(si.Pop());
        Console.WriteLine(Stack2<int>.Made + " " + Stack2<string>.Made);
        Console.WriteLine(b.GetType().Name);
        object o = b;
        Console.WriteLine(o.GetType());
    }
}
