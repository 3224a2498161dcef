// Extended property patterns (C# 10, hand-checked): `{ Home.City: "Rome" }` is `{ Home: { City: "Rome" } }`
// (a null Home fails it), chains of members, struct members, `{ Age: { } a }` on an int?, and
// `{ } v` on nullable values.
using System;
struct Pos { public int X; public int Y; }
class Address { public string City; public string Country { get; set; } }
class Person
{
    public string Name;
    public Address Home;
    public Pos At;
    public int? Age;
}
class P {
  static string Where(Person p) => p switch
  {
      { Home.City: "Rome" } => p.Name + " lives in Rome",
      { Home.Country: "IT", Age: > 40 } => p.Name + " is Italian, over 40",
      { Home: null } => p.Name + " has no home",
      { At: { X: 0, Y: var y } } => p.Name + " stands on the y axis at " + y,
      { At.X: > 10 } => p.Name + " is far east",
      { Name.Length: > 4 } => p.Name + " has a long name",
      _ => p.Name + " is elsewhere",
  };
  static void Main() {
    var people = new[]
    {
        new Person { Name = "Ann", Home = new Address { City = "Rome", Country = "IT" } },
        new Person { Name = "Bob", Home = new Address { City = "Milan", Country = "IT" }, Age = 50 },
        new Person { Name = "Cy", Home = new Address { City = "Milan", Country = "IT" }, Age = 30 },
        new Person { Name = "Di" },
        new Person { Name = "Ed", Home = new Address { City = "Oslo" }, At = new Pos { X = 0, Y = 9 } },
        new Person { Name = "Flo", Home = new Address { City = "Oslo" }, At = new Pos { X = 20 } },
        new Person { Name = "Gregory", Home = new Address(), At = new Pos { X = 1 } },
        new Person { Name = "Hal", Home = new Address(), At = new Pos { X = 1 } },
    };
    foreach (var p in people) Console.WriteLine(Where(p));
    Console.WriteLine(people[0] is { Home.City.Length: 4 });
    Console.WriteLine(people[3] is { Home.City: null });
    Console.WriteLine(people[1] is { Age: { } a } && a == 50);

    // `{ } v` on a nullable value: it has one, and v is the value.
    double?[] readings = { null, -70.0, 3.5 };
    foreach (var r in readings) Console.WriteLine(r is { } v ? "value " + v : "none");
    int? m = null;
    Console.WriteLine(m is { });
    bool? flag = true;
    Console.WriteLine(flag is { } f && f);
  }
}
