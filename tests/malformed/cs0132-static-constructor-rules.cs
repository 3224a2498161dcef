// expect: CS0132, CS0515, CS0514
// A static constructor with a parameter, one with an access modifier, and one calling another constructor.
using System;

class A
{
    static A(int x) { }
}

class B
{
    public static B() { }
}

class C
{
    static C() : this() { }
    public C() { }
}

static class Program
{
    static void Main() { }
}
