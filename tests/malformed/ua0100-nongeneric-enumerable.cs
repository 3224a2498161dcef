// expect: UA0100
// A class implementing only the non-generic IEnumerable (valid C#): its object elements are not modelled.
using System;
using System.Collections;

class Legacy : IEnumerable
{
    public IEnumerator GetEnumerator() => null;
}

class Program
{
    static void Main()
    {
        Console.WriteLine(new Legacy() != null);
    }
}
