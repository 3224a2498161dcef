// Query expressions whose later clauses see two range variables (C#'s transparent
// identifiers): `let`, a `join` followed by `where`/`orderby`, a second `from` followed by
// `orderby` or `group ... by`, `into` followed by `let`; the delegates run once per element
// and in C#'s order (a `let` is computed once, before the clauses after it).
using System;
using System.Collections.Generic;
using System.Linq;

class Employee
{
    public string Name;
    public int Dept;
    public int Pay;
    public Employee(string name, int dept, int pay) { Name = name; Dept = dept; Pay = pay; }
}

class Program
{
    static int Square(int x)
    {
        Console.WriteLine("  square " + x);
        return x * x;
    }

    static void Main()
    {
        int[] xs = { 3, 1, 4, 1, 5 };
        var squares = from x in xs let sq = Square(x) where sq > 5 orderby sq descending select x + ":" + sq;
        Console.WriteLine("built");
        Console.WriteLine(string.Join(" ", squares));
        var chained = from x in xs let y = x % 3 let z = y * 10 + x select z;
        Console.WriteLine(string.Join(" ", chained));

        var staff = new List<Employee>
        {
            new Employee("ann", 1, 50), new Employee("bob", 2, 40), new Employee("cy", 1, 70),
            new Employee("dee", 3, 30), new Employee("eve", 2, 45),
        };
        string[] titles = { "none", "eng", "ops", "support" };
        var paid = from e in staff
                   join d in Enumerable.Range(0, 4) on e.Dept equals d
                   where e.Pay > 35
                   orderby titles[d], e.Name descending
                   select e.Name + "@" + titles[d];
        Console.WriteLine(string.Join(" ", paid));

        var products = from a in Enumerable.Range(1, 3)
                       from b in Enumerable.Range(1, 3)
                       orderby a * b descending, a
                       select a + "x" + b;
        Console.WriteLine(string.Join(" ", products));
        var byLetter = from n in Enumerable.Range(1, 4) from s in new[] { "p", "q" } group n * 10 by s;
        foreach (var g in byLetter)
        {
            Console.WriteLine(g.Key + ": " + string.Join(",", g));
        }

        var totals = from e in staff
                     group e by e.Dept into g
                     let total = g.Sum(x => x.Pay)
                     orderby total
                     select titles[g.Key] + "=" + total;
        Console.WriteLine(string.Join(" ", totals));
        var sizes = from d in Enumerable.Range(0, 4)
                    join e in staff on d equals e.Dept into members
                    let n = members.Count()
                    where n != 1
                    select titles[d] + n;
        Console.WriteLine(string.Join(" ", sizes));
        var chars = from x in xs let s = x.ToString() from c in s + "!" select c;
        Console.WriteLine(string.Join("", chars));
    }
}
