// expect: CS0108
// A derived class declares a field named as a protected field of its base without `new` (hiding it, with a warning); the base's private field of the same kind is not inherited and draws nothing.
using System;

class A
{
    protected int v = 1;
    private int w = 5;
    public int AV() { return v + w; }
}

class B : A
{
    protected int v = 2;
    private int w = 7;
    public int BV() { return v + w + base.v * 10; }
}

static class Program
{
    static void Main()
    {
        var b = new B();
        Console.WriteLine(b.AV() + " " + b.BV());
    }
}
