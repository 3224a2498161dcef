// char: literals and escapes, conversions to and from int, arithmetic (promoted to int),
// comparisons, ++ wrapping at 16 bits (checked: OverflowException), arrays and lists of char,
// string indexing and foreach, char's static members, boxing, switch on a char, and chars live
// across awaits.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

class Program
{
    static char marker = '#';

    static char Shift(char c, int by)
    {
        return (char)(c + by);
    }

    static async Task<char> UpperLater(char c)
    {
        await Task.Delay(1);
        return char.ToUpper(c);
    }

    static string Kind(char c)
    {
        switch (c)
        {
            case 'a':
            case 'e':
            case 'i':
            case 'o':
            case 'u':
                return "vowel";
            case ' ':
                return "space";
            default:
                if (char.IsDigit(c)) return "digit";
                return char.IsLetter(c) ? "consonant" : "other";
        }
    }

    static async Task Main()
    {
        char a = 'a';
        char tab = '\t';
        char quote = '\'';
        char slash = '\\';
        char big = '\u0041';
        Console.WriteLine(a);
        Console.Write(big);
        Console.Write(tab);
        Console.Write(quote);
        Console.Write(slash);
        Console.WriteLine();
        Console.WriteLine("a=" + a + ", big=" + big + marker);
        Console.WriteLine($"[{a}{big}{marker}]");

        // Conversions: char widens to int, long and double; int narrows explicitly.
        int code = a;
        long wide = big;
        double real = 'z';
        Console.WriteLine(code + " " + wide + " " + real);
        Console.WriteLine((int)'0' + " " + (char)98 + " " + (char)(code + 25));
        Console.WriteLine(a + 1);
        Console.WriteLine(a + big);
        Console.WriteLine('z' - a);
        Console.WriteLine(Shift('x', 2));
        Console.WriteLine(unchecked((char)65601));

        // ++ and -- stay chars and wrap at 16 bits; c += 'x' is c = (char)(c + 'x').
        char c = 'y';
        c++;
        Console.WriteLine(c);
        c--;
        c--;
        Console.WriteLine(c);
        char top = '\uffff';
        top++;
        Console.WriteLine((int)top);
        char sum = '\u0001';
        sum += 'A';
        Console.WriteLine(sum);

        Console.WriteLine('a' < 'b');
        Console.WriteLine('a' == 97);
        Console.WriteLine(big != 'A');

        char[] letters = new char[3];
        letters[0] = 'c';
        letters[1] = 'a';
        letters[2] = 't';
        Console.WriteLine(string.Join("-", letters));
        Console.WriteLine(letters);
        List<char> list = new List<char>();
        foreach (char l in letters)
        {
            list.Add(char.ToUpper(l));
        }
        Console.WriteLine(string.Join("", list) + " " + list.Count);
        Console.WriteLine(new string('=', 5));

        string word = "Hello, World 42";
        Console.WriteLine(word[0] + "" + word[7] + word[word.Length - 1]);
        int upper = 0, lower = 0, digits = 0, spaces = 0;
        foreach (char ch in word)
        {
            if (char.IsUpper(ch)) upper++;
            if (char.IsLower(ch)) lower++;
            if (char.IsDigit(ch)) digits++;
            if (char.IsWhiteSpace(ch)) spaces++;
        }
        Console.WriteLine(upper + " " + lower + " " + digits + " " + spaces);
        foreach (char ch in "a b7!")
        {
            Console.WriteLine(ch + ": " + Kind(ch));
        }
        Console.WriteLine(char.ToLower('Q') + "" + char.ToUpper('q') + char.ToUpper('7'));

        // A char kept across awaits.
        char first = word[0];
        char got = await UpperLater('k');
        await Task.Yield();
        Console.WriteLine(first + "" + got);

        object boxed = 'x';
        Console.WriteLine(boxed);
        Console.WriteLine(boxed.ToString() + a.ToString());
        char unboxed = (char)boxed;
        Console.WriteLine(unboxed == 'x');

        try
        {
            Console.WriteLine(word[word.Length]);
        }
        catch (IndexOutOfRangeException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
        try
        {
            Console.WriteLine(checked((char)(code - 100)));
        }
        catch (OverflowException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
        char last = '\uffff';
        try
        {
            checked
            {
                last++;
            }
        }
        catch (OverflowException)
        {
            Console.WriteLine("checked ++ overflows at " + (int)last);
        }
        char low = '\ufff0';
        try
        {
            checked
            {
                low += 'a';
            }
        }
        catch (OverflowException)
        {
            Console.WriteLine("checked += overflows at " + (int)low);
        }
    }
}
