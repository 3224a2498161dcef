// The library's members that read a sequence, over classes implementing IEnumerable<T>: Task.WhenAll,
// new HashSet<T>(x), AddRange, ToDictionary, Zip, Concat, SequenceEqual; an enumerable whose
// iterator throws (the exception reaches the caller of Sum, foreach and string.Join; First stops before it).
using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

class Jobs : IEnumerable<Task<int>>
{
    public IEnumerator<Task<int>> GetEnumerator()
    {
        for (int i = 1; i <= 3; i++) { int k = i; yield return Task.Run(() => k * k); }
    }
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
class Nums : IEnumerable<int>
{
    public IEnumerator<int> GetEnumerator() { yield return 3; yield return 1; yield return 3; }
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
class Thrower : IEnumerable<int>
{
    public IEnumerator<int> GetEnumerator() { yield return 1; throw new InvalidOperationException("bad element"); }
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
class Program
{
    static async Task Main()
    {
        var r = await Task.WhenAll(new Jobs());
        Console.WriteLine(string.Join(",", r));
        var set = new HashSet<int>(new Nums());
        Console.WriteLine(set.Count);
        var l = new List<int> { 0 };
        l.AddRange(new Nums());
        Console.WriteLine(string.Join(",", l));
        Console.WriteLine(new Nums().Distinct().Count() + " " + new Nums().ToArray().Length);
        var d = new Nums().Distinct().ToDictionary(x => x, x => x * 2);
        Console.WriteLine(d[3]);
        try { Console.WriteLine(new Thrower().Sum()); }
        catch (InvalidOperationException e) { Console.WriteLine("caught " + e.Message); }
        try { foreach (var x in new Thrower()) Console.WriteLine(x); }
        catch (InvalidOperationException e) { Console.WriteLine("caught " + e.Message); }
        try { Console.WriteLine(string.Join(",", new Thrower())); }
        catch (InvalidOperationException e) { Console.WriteLine("caught " + e.Message); }
        Console.WriteLine(new Thrower().First());
        Console.WriteLine(new Nums().Zip(new Nums(), (a, b) => a + b).Sum());
        Console.WriteLine(new Nums().Concat(new Nums()).Count());
        Console.WriteLine(new Nums().SequenceEqual(new Nums()));
    }
}
