// expect: UA0103
// Valid C#, but SortedDictionary<TKey, TValue> is outside the subset (Dictionary is the library's map).
using System;
using System.Collections.Generic;


static class Program
{
    static void Main()
    {
        SortedDictionary<int, int> squares = new SortedDictionary<int, int>();
        squares[3] = 9;
        Console.WriteLine(squares[3]);
    }
}
