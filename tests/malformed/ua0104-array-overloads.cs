// expect: UA0104, UA0104, UA0104
// .NET's Array.IndexOf(array, value, start), Array.Sort(array, index, length) and Array.Fill(array, value, start, count) are valid C# beyond the library's overloads: UA0104 each, not a false CS1501.
using System;

class Program
{
    static void Main()
    {
        var numbers = new[] { 3, 1, 2, 1 };
        Console.WriteLine(Array.IndexOf(numbers, 1, 2));
        Array.Sort(numbers, 1, 2);
        Array.Fill(numbers, 7, 1, 2);
        Console.WriteLine(string.Join(",", numbers));
    }
}
