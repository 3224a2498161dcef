// An exception thrown by a LINQ delegate while an operator pulls from an iterator: the operator's
// enumerators are disposed as the exception leaves (ToList, First, Sum, a foreach over Where,
// string.Join of a Select), so the iterator's finally runs before the catch.
using System;
using System.Collections.Generic;
using System.Linq;
class Program
{
    static IEnumerable<int> Source(string who)
    {
        try { for (int i = 1; i <= 5; i++) yield return i; }
        finally { Console.WriteLine(who + ": finally"); }
    }
    static int Check(int x) { if (x == 3) throw new InvalidOperationException("bad " + x); return x; }
    static void Main()
    {
        try { Console.WriteLine(Source("ToList").Select(Check).ToList().Count); }
        catch (InvalidOperationException e) { Console.WriteLine("caught " + e.Message); }
        try { Console.WriteLine(Source("First").First(x => Check(x) > 3)); }
        catch (InvalidOperationException e) { Console.WriteLine("caught " + e.Message); }
        try { Console.WriteLine(Source("Sum").Sum(x => Check(x))); }
        catch (InvalidOperationException e) { Console.WriteLine("caught " + e.Message); }
        try { foreach (var x in Source("foreach").Where(x => Check(x) > 0)) Console.WriteLine(x); }
        catch (InvalidOperationException e) { Console.WriteLine("caught " + e.Message); }
        try { Console.WriteLine(string.Join(",", Source("Join").Select(Check))); }
        catch (InvalidOperationException e) { Console.WriteLine("caught " + e.Message); }
    }
}
