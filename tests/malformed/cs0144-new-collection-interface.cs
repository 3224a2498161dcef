// expect: CS0144
// An interface of the library cannot be created with `new`; a collection that implements it can.
using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        IList<int> numbers = new IList<int>();
        Console.WriteLine(numbers.Count);
    }
}
