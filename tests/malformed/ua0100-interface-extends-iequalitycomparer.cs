// expect: UA0100
// An interface extending IEqualityComparer<string> is valid C#; unawait does not model it (its Equals(T, T) beside object's).
using System;
using System.Collections.Generic;

interface INamedEq : IEqualityComparer<string>
{
    string Name { get; }
}

class IgnoreCase : INamedEq
{
    public string Name => "ignore case";
    public bool Equals(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
    public int GetHashCode(string s) => s.ToUpperInvariant().Length;
}

class Program
{
    static void Main()
    {
        INamedEq eq = new IgnoreCase();
        Console.WriteLine(eq.Name + ": " + eq.Equals("a", "A"));
    }
}
