// string.Concat of one sequence joins its elements as string.Join("", values) does: strings (null as
// nothing), a query of chars, numbers, enums by name, an empty sequence.
using System;
using System.Collections.Generic;
using System.Linq;

enum Dir { North, South }

class Program
{
    static void Main()
    {
        var words = new List<string> { "a", null, "c" };
        Console.WriteLine(string.Concat(words));
        Console.WriteLine(string.Concat(words.Select(w => (w ?? "_").ToUpper())));
        Console.WriteLine(string.Concat("hello".Where(c => c != 'l')));
        Console.WriteLine(string.Concat(new List<char> { 'x', 'y' }));
        char[] letters = { 'a', 'b', 'c' };
        Console.WriteLine(string.Concat(letters));
        Console.WriteLine(string.Concat(new[] { 1, 2, 3 }));
        Console.WriteLine(string.Concat(new[] { Dir.South, Dir.North }));
        Console.WriteLine(string.Concat(new[] { "p", "q" }));
        Console.WriteLine(string.Concat(Enumerable.Range(1, 3).Select(i => i * i)));
        Console.WriteLine(string.Concat("ab".Reverse()));
        IEnumerable<string> none = new string[0];
        Console.WriteLine("[" + string.Concat(none) + "]");
    }
}
