// expect: UA0100
// foreach over a class with its own GetEnumerator() (C#'s pattern, valid: mcs accepts it) is outside the subset: UA0100, not a false CS1579.
using System;

class Countdown
{
    public Enumerator GetEnumerator() { return new Enumerator(); }

    public struct Enumerator : IDisposable
    {
        private int _left;
        public int Current => 3 - _left;
        public bool MoveNext() { _left++; return _left <= 3; }
        public void Dispose() { Console.WriteLine("disposed"); }
    }
}

class Program
{
    static void Main()
    {
        foreach (var x in new Countdown()) Console.WriteLine(x);
    }
}
