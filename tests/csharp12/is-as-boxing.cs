// C# 12: is and as operators (is with a type, as with a null check, is with a declaration pattern, as with int?), object as a declared type, boxing and unboxing (copies, exact-type unboxing, InvalidCastException), ReferenceEquals/Equals/== on boxed values, ArrayList of mixed values, GetHashCode
// mcs: compiles and runs
using System;
using System.Collections;
using System.Collections.Generic;

class Animal
{
    public virtual string Speak() => "...";
}

class Dog : Animal
{
    public override string Speak() => "woof";
    public void Fetch() => Console.WriteLine("fetching");
}

class Program
{
    static void Inspect(object o)
    {
        if (o is Dog)
        {
            var dog = (Dog)o;
            dog.Fetch();
        }
        var animal = o as Animal;
        if (animal != null) Console.WriteLine($"{o.GetType().Name} says {animal.Speak()}");
        else if (o is IComparable comparable) Console.WriteLine($"comparable {o} vs 10: {comparable.CompareTo(10)}");
        else Console.WriteLine($"plain object {o ?? "null"}");
    }

    static void Main()
    {
        foreach (var item in new object[] { new Dog(), new Animal(), 5, 42, new object(), null })
            Inspect(item);

        int number = 123;
        object boxed = number;
        number = 456;
        int unboxed = (int)boxed;
        Console.WriteLine($"the box keeps {unboxed}, the local is now {number}");
        try
        {
            long wrong = (long)boxed;
            Console.WriteLine(wrong);
        }
        catch (InvalidCastException)
        {
            Console.WriteLine("unboxing requires the exact type");
        }
        Console.WriteLine((long)(int)boxed);

        object a = 7, b = 7;
        Console.WriteLine($"ReferenceEquals {ReferenceEquals(a, b)}, Equals {a.Equals(b)}, == {a == b}");

        var list = new ArrayList { 1, "two", 3.0, 'c' };
        foreach (object o in list) Console.Write($"{o.GetType().Name} ");
        Console.WriteLine();
        string text = list[1] as string;
        int? maybe = list[0] as int?;
        Console.WriteLine($"{text?.Length} {maybe} {(list[2] as string) == null}");
        IEnumerable<object> objects = new List<string> { "x" };
        Console.WriteLine(objects is List<string>);
        Console.WriteLine(boxed.GetHashCode() == 123.GetHashCode());
    }
}
