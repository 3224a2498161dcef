// Where .NET 5+ (ICU) and Mono disagree on StringComparison/StringComparer: the culture's
// comparisons follow ICU's root collation (a hyphen is punctuation that sorts before letters, a
// control character weighs nothing), an empty string is found at the end by LastIndexOf, and
// the comparers are .NET's classes.
using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        Console.WriteLine(Math.Sign(string.Compare("co-op", "coop", StringComparison.InvariantCulture)));
        Console.WriteLine(Math.Sign(StringComparer.CurrentCulture.Compare("x-1", "x1")));
        Console.WriteLine(string.Equals("a\u0001", "a", StringComparison.InvariantCulture));
        Console.WriteLine(string.Equals("a\u0001", "a", StringComparison.Ordinal));
        var d = new Dictionary<string, int>(StringComparer.InvariantCulture);
        d["a\u0001"] = 1;
        d["a"] = 2;
        Console.WriteLine(d.Count + " " + d["a\u0001"]);
        var words = new List<string> { "coop", "co-op", "Co-op", "cop" };
        words.Sort(StringComparer.InvariantCultureIgnoreCase);
        Console.WriteLine(string.Join(" ", words));
        Console.WriteLine("abc".LastIndexOf("", StringComparison.Ordinal));
        Console.WriteLine(StringComparer.Ordinal);
        Console.WriteLine(StringComparer.OrdinalIgnoreCase.GetType());
        Console.WriteLine(StringComparer.InvariantCulture);
    }
}
