// expect: CS0535
// A hand-written enumerator implements IEnumerator<int> without IEnumerator.Reset().
using System;
using System.Collections;
using System.Collections.Generic;

class Countdown : IEnumerator<int>
{
    int left = 3;
    public int Current => left;
    object IEnumerator.Current => Current;
    public bool MoveNext() => --left >= 0;
    public void Dispose() { }
}

class Program
{
    static void Main()
    {
        var c = new Countdown();
        while (c.MoveNext()) Console.WriteLine(c.Current);
    }
}
