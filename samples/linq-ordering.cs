// LINQ ordering: OrderBy/OrderByDescending/ThenBy/ThenByDescending over ints, strings (the
// culture's order, as string.Compare), doubles and chars; the sort is stable (ties keep the
// source's order, also when descending); the query sorts when enumerated, not when built.
using System;
using System.Collections.Generic;
using System.Linq;

class Person
{
    public string Name;
    public int Age;
    public Person(string name, int age) { Name = name; Age = age; }
}

class Program
{
    static void Main()
    {
        int[] numbers = { 5, -3, 8, 0, -3, 12, 7 };
        Console.WriteLine(string.Join(",", numbers.OrderBy(n => n)));
        Console.WriteLine(string.Join(",", numbers.OrderByDescending(n => n)));
        Console.WriteLine(string.Join(",", numbers.OrderBy(n => Math.Abs(n)).ThenByDescending(n => n)));

        var words = new List<string> { "banana", "Apple", "cherry", "apple", "fig", "Banana", "date" };
        Console.WriteLine(string.Join(",", words.OrderBy(w => w)));
        Console.WriteLine(string.Join(",", words.OrderBy(w => w.Length).ThenBy(w => w)));
        Console.WriteLine(string.Join(",", words.OrderByDescending(w => w[0])));
        Console.WriteLine(string.Join(",", words.OrderBy(w => w, StringComparer.Ordinal)));
        Console.WriteLine(string.Join(",", words.OrderBy(w => w.Length).ThenByDescending(w => w, StringComparer.OrdinalIgnoreCase)));

        var people = new List<Person>
        {
            new Person("Ann", 31), new Person("Bob", 25), new Person("Cid", 31),
            new Person("Dee", 25), new Person("Eve", 40), new Person("Fay", 25),
        };
        // Stable: equal ages keep the list's order, ascending and descending.
        Console.WriteLine(string.Join(" ", people.OrderBy(p => p.Age).Select(p => p.Name + p.Age)));
        Console.WriteLine(string.Join(" ", people.OrderByDescending(p => p.Age).Select(p => p.Name)));
        Console.WriteLine(string.Join(" ", people.OrderBy(p => p.Age).ThenByDescending(p => p.Name).Select(p => p.Name)));

        double[] ds = { 2.5, -1.25, 10, 0.5 };
        Console.WriteLine(string.Join(" ", ds.OrderBy(d => d)));
        Console.WriteLine(string.Join(" ", ds.OrderBy(d => -d).Take(2)));

        // Deferred: the list changes after the query is made, before it runs.
        var sorted = words.OrderBy(w => w.Length);
        words.Add("kiwi");
        words.RemoveAt(0);
        Console.WriteLine(string.Join(",", sorted));
        Console.WriteLine(sorted.First() + " " + sorted.Last() + " " + sorted.Count());
    }
}
