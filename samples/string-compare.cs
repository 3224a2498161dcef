using System;
using System.Collections.Generic;

// string.Compare, CompareTo and List<string>.Sort by the culture's order (ICU's root collation:
// case counts only when the letters tie, digits before letters, punctuation before digits), and
// the ordinal order of CompareOrdinal for contrast.
class Program
{
    static string Sign(int r) => r < 0 ? "<" : r > 0 ? ">" : "=";

    static void Show(string a, string b)
    {
        Console.WriteLine($"{a,-6} {b,-6} culture {Sign(string.Compare(a, b))} ignoreCase {Sign(string.Compare(a, b, true))} ordinal {Sign(string.CompareOrdinal(a, b))}");
    }

    static void Main()
    {
        Show("a", "B");
        Show("B", "b");
        Show("a", "A");
        Show("apple", "Apple");
        Show("Apple", "apricot");
        Show("abc", "ABD");
        Show("aB", "Ab");
        Show("item10", "item9");
        Show("9", "a");
        Show("Z", "a");
        Show("x", "x");
        Show("", "a");
        Show("hello", "hello world");
        // Where .NET (ICU) and Mono (which follows Windows' older rules) differ: ICU counts a
        // hyphen as punctuation before every letter and digit, and a control character as nothing.
        Show("co-op", "coop");
        Show("x-1", "x1");
        Show("a_b", "a-b");
        Show("!", "1");
        Show("a\u0001", "a");

        Console.WriteLine(string.Compare(null, "a"));
        Console.WriteLine(string.Compare("a", null));
        Console.WriteLine(string.Compare(null, null));
        Console.WriteLine("b".CompareTo("a"));
        Console.WriteLine("a".CompareTo("b"));
        Console.WriteLine("a".CompareTo(null));
        Console.WriteLine("Same".CompareTo("Same"));

        var words = new List<string> { "banana", "Apple", "cherry", "apple", "Banana", "10", "2", "zebra", "Zebra", "aardvark" };
        words.Sort();
        Console.WriteLine(string.Join(" ", words));
        Console.WriteLine(words.BinarySearch("cherry"));
        Console.WriteLine(words.BinarySearch("Cherry"));

        var names = new List<string> { "Smith", "smith", null, "Jones", "jones", "SMITH" };
        names.Sort();
        Console.WriteLine(string.Join(",", names));

        string s = null;
        try
        {
            Console.WriteLine(s.CompareTo("x"));
        }
        catch (NullReferenceException)
        {
            Console.WriteLine("NullReferenceException");
        }
    }
}
