// expect: CS0525, CS0526
// An interface declares an instance field and a constructor: it has neither.
using System;

interface IStore
{
    int capacity;
    IStore() { }
    void Save(string s);
}

class Program
{
    static void Main() { Console.WriteLine(1); }
}
