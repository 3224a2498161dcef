// expect: CS0272
// An object initializer sets a property whose `set` accessor is private to its class.
using System;

class Account { public int Balance { get; private set; } }

static class Program
{
    static void Main() { var a = new Account { Balance = 3 }; Console.WriteLine(a.Balance); }
}
