// expect: CS0202
// foreach over a class whose GetEnumerator() returns a type without MoveNext().
using System;

class Cursor
{
    public int Current => 1;
}

class Rows
{
    public Cursor GetEnumerator() => new Cursor();
}

class Program
{
    static void Main()
    {
        foreach (var r in new Rows()) Console.WriteLine(r);
    }
}
