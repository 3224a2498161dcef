using System;
using System.Collections.Generic;
using System.Threading.Tasks;
class Animal { public string Name; public Animal(string n) { Name = n; } public override string ToString() => Name; }
class Dog : Animal { public Dog(string n) : base(n) {} }
class P {
    static string Describe(object o) {
        if (o is string s) return "string " + s;
        if (o is IEnumerable<int> seq) {
            int total = 0;
            foreach (var x in seq) total += x;
            return "sequence summing to " + total;
        }
        var d = o as IReadOnlyDictionary<string, int>;
        if (d != null) return "dict " + d.Count;
        return "other";
    }
    static void Take(IEnumerable<Animal> a) { Console.WriteLine("animals " + string.Join(",", a)); }
    static void Take(IList<Dog> a) { Console.WriteLine("dogs " + a.Count); }
    static async Task Main() {
        IEnumerable<Animal> animals = new List<Dog> { new Dog("Rex"), new Dog("Ace") };
        var sorted = new List<Animal>(animals);
        Console.WriteLine(sorted.Count + " " + sorted[1]);
        IEnumerable<object> objects = new List<string> { "x" };
        Console.WriteLine(objects is List<string>);
        Console.WriteLine(Describe(new[] { 1, 2, 3 }) + "; " + Describe(new HashSet<int> { 4 }) + "; " + Describe("hi") + "; " + Describe(new Dictionary<string, int>()) + "; " + Describe(new List<long>()));
        Take(new List<Dog> { new Dog("a") });
        Take(new Dog[] { new Dog("b") });
        Take(new HashSet<Dog> { new Dog("c") });
        var pending = new List<Task<int>> { Task.FromResult(1), Task.FromResult(2) };
        IEnumerable<Task<int>> ts = pending;
        int[] r = await Task.WhenAll(ts);
        Console.WriteLine(r.Length);
        IReadOnlyList<Animal> ro = new Dog[] { new Dog("z") };
        Console.WriteLine(ro[0] == ro[0] && ro != null);
        var cmp = ro as IReadOnlyList<Dog>;
        Console.WriteLine(cmp != null);
    }
}
