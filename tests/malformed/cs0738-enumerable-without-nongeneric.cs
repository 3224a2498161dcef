// expect: CS0738
// A class implements IEnumerable<int> with a public GetEnumerator() but not the non-generic IEnumerable.GetEnumerator() C# also requires.
using System;
using System.Collections.Generic;

class Numbers : IEnumerable<int>
{
    public IEnumerator<int> GetEnumerator()
    {
        yield return 1;
        yield return 2;
    }
}

class Program
{
    static void Main()
    {
        foreach (var n in new Numbers()) Console.WriteLine(n);
    }
}
