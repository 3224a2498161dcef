// Array.Sort(array, comparison): the array is sorted in place by a Comparison<T> (a lambda,
// a method group), with .NET's exceptions when the comparison throws or is null.
using System;
using System.Linq;

static class Program
{
    static int ByLength(string a, string b)
    {
        return a.Length.CompareTo(b.Length);
    }

    static void Main()
    {
        var numbers = new[] { 5, 3, 9, 1 };
        Array.Sort(numbers, (a, b) => b.CompareTo(a));
        Console.WriteLine(string.Join(",", numbers));

        var words = new[] { "pear", "fig", "banana", "kiwis!!" };
        Array.Sort(words, ByLength);
        Console.WriteLine(string.Join(",", words));

        var people = new[] { new { Name = "cy", Age = 40 }, new { Name = "al", Age = 22 }, new { Name = "bo", Age = 31 } };
        Array.Sort(people, (p, q) => p.Age - q.Age);
        Console.WriteLine(string.Join(" ", people.Select(p => p.Name)));

        try
        {
            Array.Sort(numbers, (a, b) => { if (a == 3 || b == 3) throw new ArgumentException("three"); return a - b; });
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.Message + " / " + e.InnerException.Message);
        }
        try
        {
            Array.Sort(words, (Comparison<string>)null);
        }
        catch (ArgumentNullException e)
        {
            Console.WriteLine(e.GetType().Name + " " + e.ParamName);
        }
    }
}
