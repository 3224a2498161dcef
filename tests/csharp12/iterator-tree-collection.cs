// C# 12: a custom collection implementing IEnumerable<T> (GetEnumerator from a recursive iterator, explicit IEnumerable.GetEnumerator), a private nested node class, yield break on null, a collection initializer calling Add, an async method walking the collection, LINQ over it
// mcs: compiles and runs
using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

class BinaryTree : IEnumerable<int>
{
    private sealed class Node
    {
        public Node(int value) { Value = value; }
        public int Value { get; }
        public Node Left { get; set; }
        public Node Right { get; set; }
    }

    private Node _root;

    public void Add(int value)
    {
        var node = new Node(value);
        if (_root == null) { _root = node; return; }
        var current = _root;
        while (true)
        {
            if (value < current.Value)
            {
                if (current.Left == null) { current.Left = node; return; }
                current = current.Left;
            }
            else
            {
                if (current.Right == null) { current.Right = node; return; }
                current = current.Right;
            }
        }
    }

    public IEnumerator<int> GetEnumerator() => Walk(_root).GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static IEnumerable<int> Walk(Node node)
    {
        if (node == null) yield break;
        foreach (var v in Walk(node.Left)) yield return v;
        yield return node.Value;
        foreach (var v in Walk(node.Right)) yield return v;
    }
}

class Program
{
    static async Task<int> SumSlowlyAsync(IEnumerable<int> values)
    {
        int total = 0;
        foreach (var v in values)
        {
            await Task.Yield();
            total += v;
        }
        return total;
    }

    static async Task Main()
    {
        var tree = new BinaryTree { 50, 30, 70, 20, 40, 60, 80 };
        Console.WriteLine(string.Join(" ", tree));
        Console.WriteLine($"sum {await SumSlowlyAsync(tree)}, above 45: {tree.Count(v => v > 45)}, first even above 55: {tree.First(v => v > 55 && v % 2 == 0)}");
        tree.Add(65);
        Console.WriteLine(string.Join(",", tree.Where(v => v >= 60)));
    }
}
