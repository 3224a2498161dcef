// expect: CS0768
// Two constructors call each other through `: this(...)`: creating an object would never end.
using System;

class Account
{
    public Account(int id) : this("acct" + id) { }
    public Account(string name) : this(name.Length) { }
}

class Program
{
    static void Main() { Console.WriteLine("ok"); }
}
