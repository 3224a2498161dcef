// expect: CS0117
// `base.Greet()` where the base class has no `Greet`: a lookup in the base class (CS0117), not on a value (CS1061).
using System;

class Animal
{
    public string Name() { return "animal"; }
}

class Dog : Animal
{
    public string Describe() { return base.Name() + " " + base.Greet(); }
}

static class Program
{
    static void Main()
    {
        Console.WriteLine(new Dog().Describe());
    }
}
