// Cast<T>() and OfType<T>(): deferred, element by element. Cast throws InvalidCastException at
// the first element that is not a T (when the loop reaches it); OfType skips nulls and other
// types. An explicitly typed range variable (`from int n in objs`) is a Cast of its source.
using System;
using System.Collections.Generic;
using System.Linq;

class Animal
{
    public string Name;
}

class Dog : Animal { }

class Cat : Animal { }

static class Program
{
    static void Main()
    {
        var objs = new List<object> { 1, "two", 3, null, 4.5, 5 };
        Console.WriteLine(string.Join(",", objs.OfType<int>()));
        Console.WriteLine(string.Join(",", objs.OfType<string>().Select(s => s.ToUpper())));
        Console.WriteLine(new object[] { 1, 2, 3 }.Cast<int>().Sum());

        var casts = objs.Cast<int>();
        Console.WriteLine("nothing cast yet");
        try
        {
            foreach (var x in casts)
                Console.WriteLine("got " + x);
        }
        catch (InvalidCastException e)
        {
            Console.WriteLine(e.GetType().Name);
        }

        var pets = new List<Animal> { new Dog { Name = "rex" }, new Cat { Name = "tom" }, new Dog { Name = "fido" } };
        Console.WriteLine(string.Join(" ", pets.OfType<Dog>().Select(d => d.Name)));
        Console.WriteLine(pets.Cast<object>().Count() + " " + pets.OfType<Cat>().Count());

        Func<int> one = () => 1;
        Func<int> two = () => 2;
        var both = one + two;
        Console.WriteLine(both.GetInvocationList().Cast<Func<int>>().Sum(f => f()));

        var tens = from int n in objs.Where(o => o is int)
                   where n > 1
                   select n * 10;
        Console.WriteLine(string.Join(",", tens));
        var named = from Dog d in pets.Where(p => p is Dog)
                    join string s in new object[] { "rex", "max" } on d.Name equals s
                    select d.Name.ToUpper();
        Console.WriteLine(string.Join(",", named));
    }
}
