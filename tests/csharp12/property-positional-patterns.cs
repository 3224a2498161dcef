// C# 12: property patterns (nested and extended C# 10 member access), positional patterns using a user-defined Deconstruct and record deconstruction, var patterns (var x and var (a, b)), type patterns with property subpatterns, target-typed new in a collection initializer
using System;
using System.Collections.Generic;

record Address(string City, string Country);
record Person(string Name, int Age, Address Home);

struct Point
{
    public Point(int x, int y) { X = x; Y = y; }
    public int X { get; }
    public int Y { get; }
    public void Deconstruct(out int x, out int y) { x = X; y = Y; }
}

static class Program
{
    static string Quadrant(Point p) => p switch
    {
        (0, 0) => "origin",
        (var x, 0) => $"on x-axis at {x}",
        (0, var y) => $"on y-axis at {y}",
        ( > 0, > 0) => "first",
        ( < 0, > 0) => "second",
        ( < 0, < 0) => "third",
        _ => "fourth",
    };

    static string Describe(Person person) => person switch
    {
        { Age: < 18 } => $"{person.Name} is a minor",
        { Home.Country: "NO", Home.City: var city } => $"{person.Name} lives in {city}, Norway",
        { Home: { Country: "SE" } } => $"{person.Name} lives in Sweden",
        Person(var name, >= 65, _) => $"{name} is retired",
        var other => $"{other.Name}, {other.Age}",
    };

    static void Main()
    {
        var points = new[] { new Point(0, 0), new Point(3, 0), new Point(0, -2), new Point(1, 1), new Point(-1, 4), new Point(-2, -2), new Point(5, -5) };
        foreach (var p in points)
            Console.WriteLine($"({p.X},{p.Y}) {Quadrant(p)}");

        var people = new List<Person>
        {
            new("Lia", 12, new Address("Oslo", "NO")),
            new("Ola", 40, new Address("Bergen", "NO")),
            new("Sven", 33, new Address("Malmo", "SE")),
            new("Gro", 70, new Address("Paris", "FR")),
            new("Max", 50, new Address("Rome", "IT")),
        };
        foreach (var person in people)
            Console.WriteLine(Describe(person));

        object boxed = new Point(7, 8);
        if (boxed is Point { X: 7 } pt && pt is var (a, b))
            Console.WriteLine($"deconstructed {a} and {b}");
        if (people[1] is { Home: var home } && home is ("Bergen", var country))
            Console.WriteLine($"Bergen is in {country}");
    }
}
