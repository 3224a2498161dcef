// Type tests and casts: `is T`, `is T x` (the variable holds the object when the test is true),
// `is null`, `as`, downcasts that throw InvalidCastException, tests of boxed values and of
// exception types, and the object's class deciding which override runs.
using System;
using System.Collections.Generic;

class Animal
{
    public virtual string Sound() { return "..."; }
}

class Dog : Animal
{
    public override string Sound() { return "woof"; }
    public void Fetch() { Console.WriteLine("  fetching"); }
}

class Puppy : Dog
{
    public override string Sound() { return "yip"; }
}

class Cat : Animal
{
    public override string Sound() { return "meow"; }
}

static class Program
{
    static string Kind(object o)
    {
        if (o is null) return "null";
        if (o is Puppy) return "puppy";
        if (o is Dog d) return "dog that says " + d.Sound();
        if (o is Animal a) return "animal that says " + a.Sound();
        if (o is string s) return "string of " + s.Length;
        if (o is int) return "boxed int";
        if (o is Exception e) return "exception: " + e.Message;
        return "something else";
    }

    static void Main()
    {
        var zoo = new List<Animal> { new Dog(), new Cat(), new Puppy(), new Animal() };
        foreach (var a in zoo)
        {
            Console.WriteLine(a.Sound() + " " + (a is Dog) + " " + (a as Cat != null));
            if (a is Dog d) d.Fetch();
        }
        object[] things = { new Puppy(), new Dog(), new Cat(), "hello", 42, 42L, null, new InvalidOperationException("bad") };
        foreach (var t in things) Console.WriteLine(Kind(t));
        Animal x = zoo[1];
        try
        {
            Dog wrong = (Dog)x;
            Console.WriteLine(wrong.Sound());
        }
        catch (InvalidCastException)
        {
            Console.WriteLine("InvalidCastException: a Cat is not a Dog");
        }
        Dog good = (Dog)zoo[2];
        Console.WriteLine(good.Sound());
        Animal none = null;
        Console.WriteLine((none is Dog) + " " + ((Dog)none == null) + " " + (none as Dog == null));
        Exception ex = new ArgumentNullException("p");
        Console.WriteLine((ex is ArgumentException) + " " + (ex is InvalidOperationException));
    }
}
