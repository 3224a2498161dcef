// expect: CS0528, CS0528, CS0528
// An interface named twice in a base list: a program interface, `IDisposable` and `IEquatable<A>`. mcs: CS0528 for each.
using System;
interface I { }
class A : I, I, IEquatable<A>, IEquatable<A>, IDisposable, IDisposable
{
    public bool Equals(A other) { return true; }
    public void Dispose() { }
}
class Program { static void Main() { Console.WriteLine(new A() is I); } }
