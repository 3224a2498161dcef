// expect: CS0266
// An IReadOnlyList<T> does not convert implicitly back to the List<T> it may hold: a cast is needed.
using System;
using System.Collections.Generic;

class Program
{
    static IReadOnlyList<int> Numbers() { return new List<int> { 1, 2 }; }

    static void Main()
    {
        List<int> list = Numbers();
        Console.WriteLine(list.Count);
    }
}
