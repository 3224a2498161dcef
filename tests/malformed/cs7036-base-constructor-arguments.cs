// expect: CS7036, CS7036
// A base class has only a constructor with a parameter: a derived constructor that does not call `base(...)`, and a derived class without constructors, both miss its argument.
using System;

class Account
{
    public Account(string owner) { Console.WriteLine(owner); }
}

class Savings : Account
{
    public Savings() { }
}

class Checking : Account
{
}

static class Program
{
    static void Main() { }
}
