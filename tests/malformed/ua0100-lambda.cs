// expect: UA0100
// Valid C#, but `base.` inside a lambda is outside the subset (lambdas elsewhere are in).
using System;

class Animal
{
    public virtual string Name() => "animal";
}

class Dog : Animal
{
    public override string Name() => "dog";

    public Func<string> BaseName() => () => base.Name();
}

static class Program
{
    static void Main()
    {
        Console.WriteLine(new Dog().BaseName()());
    }
}
