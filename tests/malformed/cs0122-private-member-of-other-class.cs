// expect: CS0122, CS0122, CS0272
// Another class reads a private field, calls a private method and sets a property whose setter is private.
using System;

class Wallet
{
    private int cash = 5;
    void Spend() { cash--; }
    public int Coins { get; private set; }
}

static class Program
{
    static void Main()
    {
        var w = new Wallet();
        Console.WriteLine(w.cash);
        w.Spend();
        w.Coins = 3;
    }
}
