// expect: CS0534, CS0460, CS0115, CS0508
// Overrides of generic methods match their base modulo type parameters: B misses Get<T>, restates Put's constraint and overrides Two with the wrong arity; C's Get<T> returns int, not T. mcs reports only CS0460 (it stops at its first pass).
using System;
abstract class A {
    public abstract T Get<T>();
    public virtual void Put<T>(T x) where T : IComparable<T> { }
    public virtual void Two<T, U>(T x, U y) { }
}
class B : A {
    public override void Put<T>(T x) where T : IComparable<T> { }
    public override void Two<T>(T x, T y) { }
}
class C : A {
    public override int Get<T>() => 1;
}
class Program { static void Main() { } }
