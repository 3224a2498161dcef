// ToDictionary with enum keys or values: the pairs print the enum's member names, as those of a
// dictionary made with `new` do; a char key prints as a character, in a duplicate's message too.
using System;
using System.Collections.Generic;
using System.Linq;

enum Suit { Clubs, Diamonds, Hearts }

static class Program
{
    static void Main()
    {
        var suits = new[] { Suit.Hearts, Suit.Clubs, Suit.Diamonds };
        var bySuit = suits.ToDictionary(s => s, s => s.ToString().Length);
        foreach (var kv in bySuit) Console.WriteLine(kv);
        var byLength = suits.ToDictionary(s => s.ToString().Length * 10 + (int)s);
        foreach (var kv in byLength) Console.WriteLine(kv);
        var cards = new[] { new { Suit = Suit.Diamonds, Rank = "Q" }, new { Suit = Suit.Clubs, Rank = "2" } };
        var firstRank = cards.ToDictionary(c => c.Suit, c => c.Rank);
        foreach (var kv in firstRank.OrderBy(k => k.Key)) Console.WriteLine(kv);
        Console.WriteLine(string.Join(" ", firstRank.Keys) + " " + firstRank.First());
        var letters = "abc".ToDictionary(c => c, c => (int)c);
        Console.WriteLine(letters.First());
        try
        {
            "abca".ToDictionary(c => c);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e.Message);
        }
    }
}
