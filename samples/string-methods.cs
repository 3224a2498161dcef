// string's members: Substring, IndexOf/LastIndexOf (char and string, with a start index),
// Contains, StartsWith, EndsWith, Split (a char, chars, a string), Trim/TrimStart/TrimEnd (white
// space or given chars), Remove, Insert, Replace, PadLeft/PadRight, ToUpperInvariant,
// ToCharArray, new string(c, n), IsNullOrEmpty/IsNullOrWhiteSpace, string.Empty, Equals,
// CompareOrdinal, Concat, and the argument exceptions of Substring and PadLeft. Every search is
// on ASCII text, where .NET's culture-sensitive overloads agree with ordinal ones.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

class Program
{
    static async Task<string> Fetch(string s)
    {
        await Task.Delay(1);
        return s;
    }

    static void Show(string label, object value)
    {
        Console.WriteLine(label + ": " + value);
    }

    static async Task Main()
    {
        string text = "The quick brown fox jumps over the lazy dog";
        Show("Substring(40)", text.Substring(40));
        Show("Substring(4, 5)", text.Substring(4, 5));
        Show("IndexOf('q')", text.IndexOf('q'));
        Show("IndexOf('o', 13)", text.IndexOf('o', 13));
        Show("IndexOf(\"the\")", text.IndexOf("the"));
        Show("IndexOf(\"fox\", 20)", text.IndexOf("fox", 20));
        Show("IndexOf('Z')", text.IndexOf('Z'));
        Show("LastIndexOf('o')", text.LastIndexOf('o'));
        Show("LastIndexOf(\"o\")", text.LastIndexOf("o"));
        Show("Contains(\"brown\")", text.Contains("brown"));
        Show("Contains('z')", text.Contains('z'));
        Show("StartsWith(\"The\")", text.StartsWith("The"));
        Show("EndsWith(\"dog\")", text.EndsWith("dog"));
        Show("EndsWith(\"cat\")", text.EndsWith("cat"));

        string[] words = text.Split(' ');
        Console.WriteLine(words.Length + " words, the longest:");
        string longest = "";
        foreach (string w in words)
        {
            if (w.Length > longest.Length) longest = w;
        }
        Console.WriteLine(longest);
        string csv = "a,,b,c,";
        string[] cells = csv.Split(',');
        Console.WriteLine(cells.Length + " [" + string.Join("|", cells) + "]");
        string[] parts = "one::two::three".Split("::");
        Console.WriteLine(string.Join(" ", parts));

        string mixed = "a,b;c d";
        Console.WriteLine(string.Join("|", mixed.Split(',', ';')) + " " + string.Join("|", "x y\tz".Split(new char[0])));
        Console.WriteLine("[" + "xx--hi--xx".Trim('x') + "][" + "--hi--".TrimStart('-') + "][" + "--hi--".TrimEnd('-') + "][" + ".,hi,.".Trim('.', ',') + "]");
        Console.WriteLine("hello".Remove(2) + " " + "hello".Remove(1, 3) + " " + "hello".Insert(5, "!") + " " + "hello".Insert(0, ">"));
        Console.WriteLine("MiXed".ToUpperInvariant() + "MiXed".ToLowerInvariant());
        string padded = "  \t hello world \n ";
        Console.WriteLine("[" + padded.Trim() + "]");
        Console.WriteLine("[" + padded.TrimStart() + "]".Length);
        Console.WriteLine("[" + padded.TrimEnd().Length + "]");
        Console.WriteLine(text.Replace("the", "a").Replace("The", "A"));
        Console.WriteLine("banana".Replace('a', 'o'));
        Console.WriteLine("banana".Replace("na", ""));
        Console.WriteLine("[" + "42".PadLeft(5) + "][" + "42".PadLeft(5, '0') + "]");
        Console.WriteLine("[" + "ab".PadRight(4) + "][" + "ab".PadRight(4, '.') + "][" + "abcdef".PadRight(2) + "]");

        char[] chars = "stressed".ToCharArray();
        string reversed = "";
        for (int i = chars.Length - 1; i >= 0; i--)
        {
            reversed += chars[i];
        }
        Console.WriteLine(reversed);
        Console.WriteLine(new string('-', 10));

        string nothing = null;
        Console.WriteLine(string.IsNullOrEmpty(nothing) + " " + string.IsNullOrEmpty("") + " " + string.IsNullOrEmpty(" "));
        Console.WriteLine(string.IsNullOrWhiteSpace(nothing) + " " + string.IsNullOrWhiteSpace(" \t\n") + " " + string.IsNullOrWhiteSpace(" x "));
        Console.WriteLine("[" + string.Empty + "]" + string.Empty.Length);
        string built = "ab" + "c".ToUpper().ToLower();
        Console.WriteLine("abc".Equals(built) + " " + string.Equals(nothing, null) + " " + "abc".Equals(nothing));
        Console.WriteLine(string.CompareOrdinal("apple", "apple") == 0);
        Console.WriteLine(string.CompareOrdinal("apple", "banana") < 0);
        Console.WriteLine(string.CompareOrdinal("pear", "peach") > 0);
        Console.WriteLine(string.Concat("con", "cat") + string.Concat("e", "n", "a") + string.Concat("t", "i", "o", "n"));

        // Strings across awaits.
        string fetched = await Fetch("  Async Value  ");
        string trimmed = fetched.Trim();
        string tail = (await Fetch("prefix:rest")).Substring("prefix:".Length);
        Console.WriteLine(trimmed.ToUpper() + "/" + tail + "/" + trimmed.IndexOf(await Fetch("Value")));

        try
        {
            Console.WriteLine("abc".Substring(4));
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
        try
        {
            Console.WriteLine("abc".Substring(1, 5));
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
        try
        {
            Console.WriteLine("abc".Substring(-1));
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
        try
        {
            Console.WriteLine(nothing.Trim());
        }
        catch (NullReferenceException e)
        {
            Console.WriteLine(e.GetType().Name);
        }
    }
}
