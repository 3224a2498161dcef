// expect: UA0100
// A struct implementing IEnumerable<T> (valid C#): only classes implement the iteration interfaces in unawait yet.
using System;
using System.Collections;
using System.Collections.Generic;

struct Pair : IEnumerable<int>
{
    public int A, B;
    public IEnumerator<int> GetEnumerator()
    {
        yield return A;
        yield return B;
    }
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

class Program
{
    static void Main()
    {
        var p = new Pair { A = 1, B = 2 };
        foreach (var x in p) Console.WriteLine(x);
    }
}
