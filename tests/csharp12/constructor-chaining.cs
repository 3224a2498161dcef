// C# 12: constructor chaining with this(...) and base(...), a static constructor, readonly and static readonly fields, field initializers running before constructor bodies, private constructors with static factory methods, protected constructors
// mcs: compiles and runs
using System;
using System.Collections.Generic;

class Entity
{
    private static int s_nextId;
    protected static readonly DateTime Epoch;

    static Entity()
    {
        Epoch = new DateTime(2000, 1, 1);
        s_nextId = 100;
        Console.WriteLine("Entity type initialized");
    }

    protected Entity() : this(s_nextId++) { }
    protected Entity(int id) { Id = id; }
    public int Id { get; }
}

class Account : Entity
{
    private readonly string _owner;
    private readonly decimal _limit;
    private readonly List<string> _log = new List<string>();

    public Account(string owner) : this(owner, 1000m) { _log.Add("default limit"); }
    public Account(string owner, decimal limit) : base() { _owner = owner; _limit = limit; _log.Add("created"); }
    public Account(int id, string owner) : base(id) { _owner = owner; _limit = 0m; _log.Add("imported"); }

    public override string ToString() => $"#{Id} {_owner} limit={_limit} ({string.Join(", ", _log)}) since {Epoch.Year}";
}

class Temperature
{
    private readonly double _kelvin;
    private Temperature(double kelvin) { _kelvin = kelvin; }
    public static Temperature FromCelsius(double c) => new Temperature(c + 273.15);
    public static Temperature FromKelvin(double k) => new Temperature(k);
    public double Celsius => _kelvin - 273.15;
}

class Program
{
    static void Main()
    {
        Console.WriteLine("before first use");
        var a = new Account("ann");
        var b = new Account("bob", 250m);
        var c = new Account(7, "legacy");
        Console.WriteLine(a);
        Console.WriteLine(b);
        Console.WriteLine(c);
        Console.WriteLine(Temperature.FromCelsius(21.5).Celsius.ToString("F1") + " " + Temperature.FromKelvin(0).Celsius.ToString("F2"));
    }
}
