// expect: UA0103
// Valid C#, but Dictionary<TKey, TValue> is outside the subset (List<T> is the only collection).
using System;
using System.Collections.Generic;


static class Program
{
    static void Main()
    {
        Dictionary<int, int> squares = new Dictionary<int, int>();
        squares[3] = 9;
        Console.WriteLine(squares[3]);
    }
}
