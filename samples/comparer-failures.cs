// Failures around comparers and struct delegates: a null comparison, the default comparer of a
// struct that is not IComparable, a null delegate, defaults of empty struct sequences, a
// comparison that throws inside Sort and OrderBy (InvalidOperationException around it).
using System;
using System.Linq;
using System.Collections.Generic;
struct P { public int X; public override string ToString() => "P" + X; }
class Program {
    static void Main() {
        Console.WriteLine(Comparer<P>.Create((p, q) => p.X - q.X).Compare(default(P), new P { X = 3 }));
        Console.WriteLine(EqualityComparer<int>.Default == null);
        object o = Comparer<int>.Default;
        try { Comparer<int>.Create(null); } catch (ArgumentNullException e) { Console.WriteLine("ANE " + e.ParamName); }
        try { var l = new List<P> { new P(), new P { X = 1 } }; l.Sort(Comparer<P>.Default); } catch (InvalidOperationException e) { Console.WriteLine("IOE " + e.Message); }
        try { Func<P, P> k = null; k(new P()); } catch (NullReferenceException) { Console.WriteLine("NRE"); }
        var empty = new P[0];
        Console.WriteLine(empty.FirstOrDefault() + " " + empty.Select(p => p.X).DefaultIfEmpty(-1).First());
        try { empty.First(); } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        var bad = Comparer<string>.Create((a, b) => { throw new FormatException("boom"); });
        try { new List<string> { "a", "b" }.Sort(bad); } catch (Exception e) { Console.WriteLine(e.GetType().Name + " " + e.InnerException?.Message); }
        try { Console.WriteLine(string.Join(",", new[] { "b", "a" }.OrderBy(s => s, bad))); } catch (Exception e) { Console.WriteLine(e.GetType().Name); }
    }
}
