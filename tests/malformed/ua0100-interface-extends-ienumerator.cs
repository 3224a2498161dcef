// expect: UA0100
// An interface extending IEnumerator<int> (valid C#): interfaces of the program extend only the enumerables yet.
using System;
using System.Collections;
using System.Collections.Generic;

interface ICursor : IEnumerator<int>
{
    int Position { get; }
}

class Program
{
    static void Main()
    {
        Console.WriteLine("cursor");
    }
}
