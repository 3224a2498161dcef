// expect: UA0104
// string.Concat of one char[] is valid C# (Concat<T>(IEnumerable<T>) joins the chars); the library has only Concat(object), which would print the array's type name: UA0104.
using System;

class Program
{
    static void Main()
    {
        char[] letters = { 'a', 'b', 'c' };
        Console.WriteLine(string.Concat(letters));
    }
}
