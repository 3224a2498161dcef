// C# 12: Dictionary<TKey,TValue> (collection and index initializers, TryGetValue with out, ContainsKey, Remove, Keys/Values, null values), HashSet<T> (IntersectWith, UnionWith, IsSubsetOf, Add returning false), Queue<T> breadth-first search, Stack<T> bracket matching, SortedDictionary word counts, KeyValuePair iteration
// mcs: compiles and runs
using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static bool Balanced(string text)
    {
        var pairs = new Dictionary<char, char> { { ')', '(' }, { ']', '[' }, { '}', '{' } };
        var stack = new Stack<char>();
        foreach (char c in text)
        {
            if (c == '(' || c == '[' || c == '{') stack.Push(c);
            else if (pairs.TryGetValue(c, out char open) && (stack.Count == 0 || stack.Pop() != open)) return false;
        }
        return stack.Count == 0;
    }

    static List<string> ShortestPath(Dictionary<string, string[]> graph, string from, string to)
    {
        var previous = new Dictionary<string, string> { [from] = null };
        var queue = new Queue<string>();
        queue.Enqueue(from);
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            if (node == to) break;
            foreach (var next in graph[node].Where(n => !previous.ContainsKey(n)))
            {
                previous[next] = node;
                queue.Enqueue(next);
            }
        }
        var path = new List<string>();
        for (var at = to; at != null; at = previous[at]) path.Insert(0, at);
        return path;
    }

    static void Main()
    {
        Console.WriteLine($"{Balanced("{[()()]}")} {Balanced("([)]")} {Balanced("((")}");

        var graph = new Dictionary<string, string[]>
        {
            ["home"] = new[] { "park", "shop" }, ["park"] = new[] { "lake" },
            ["shop"] = new[] { "station" }, ["lake"] = new[] { "station" }, ["station"] = new string[0],
        };
        Console.WriteLine(string.Join(" -> ", ShortestPath(graph, "home", "station")));

        var backend = new HashSet<string> { "C#", "Go", "Rust" };
        var frontend = new HashSet<string> { "TypeScript", "C#" };
        var both = new HashSet<string>(backend);
        both.IntersectWith(frontend);
        var either = new HashSet<string>(backend);
        either.UnionWith(frontend);
        Console.WriteLine($"both: {string.Join(",", both)}; either: {either.Count}; added Go again: {backend.Add("Go")}; subset: {both.IsSubsetOf(backend)}");

        var wordCounts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var w in "the cat and the hat and the bat".Split(' '))
            wordCounts[w] = wordCounts.TryGetValue(w, out var n) ? n + 1 : 1;
        foreach (KeyValuePair<string, int> kv in wordCounts) Console.Write($"{kv.Key}={kv.Value} ");
        Console.WriteLine();

        var inventory = new Dictionary<string, int> { { "apples", 3 }, { "pears", 0 } };
        inventory.Remove("pears");
        inventory["plums"] = 5;
        Console.WriteLine($"{inventory.ContainsKey("pears")} {inventory.Keys.Count} {inventory.Values.Sum()}");

        var undo = new Stack<string>(new[] { "type a", "type b" });
        undo.Push("delete");
        Console.WriteLine($"undo {undo.Pop()}, then {undo.Peek()}, left {undo.Count}");
        var jobs = new Queue<int>(Enumerable.Range(1, 3));
        jobs.Enqueue(4);
        Console.WriteLine($"next job {jobs.Dequeue()}, peek {jobs.Peek()}, all [{string.Join(",", jobs)}]");
    }
}
