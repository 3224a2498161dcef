// expect: CS1540, CS1540, CS1540
// A derived class reads a protected field, property and method of its base through a reference typed as the base (the object may be of another derived class); through `this`, `base` or its own type it may.
using System;

class A
{
    protected int x = 1;
    protected int P { get; set; }
    protected int M() { return 3; }
}

class B : A
{
    public int Peek(A other, B same)
    {
        int ok = this.x + base.x + same.x + same.P + same.M();
        return ok + other.x + other.P + other.M();
    }
}

static class Program
{
    static void Main()
    {
        Console.WriteLine(new B().Peek(new A(), new B()));
    }
}
