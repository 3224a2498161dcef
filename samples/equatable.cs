// IEquatable<T> of the type itself: collections (List.Contains/IndexOf/Remove, HashSet,
// Dictionary keys) compare with its Equals(T), as EqualityComparer<T>.Default does, before
// Equals(object); a derived class inherits it; object.Equals still runs Equals(object).
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

struct Money : IEquatable<Money>
{
    public long Cents;
    public string Currency;
    public Money(long cents, string currency) { Cents = cents; Currency = currency; }
    public bool Equals(Money other)
    {
        Console.WriteLine("  Equals(Money)");
        return Cents == other.Cents && Currency == other.Currency;
    }
    public override bool Equals(object obj)
    {
        Console.WriteLine("  Equals(object)");
        return obj is Money m && Equals(m);
    }
    public override int GetHashCode() { return Cents.GetHashCode() ^ Currency.GetHashCode(); }
    public override string ToString() { return Cents + " " + Currency; }
}

class Tag : IEquatable<Tag>
{
    public string Name;
    public Tag(string name) { Name = name; }
    // Case-insensitive, and only through IEquatable<Tag>: Equals(object) stays identity.
    public bool Equals(Tag other) { return other != null && other.Name.ToLower() == Name.ToLower(); }
    public override int GetHashCode() { return Name.ToLower().GetHashCode(); }
}

class Label : Tag
{
    public Label(string name) : base(name) { }
}

class Program
{
    static async Task<Money> PriceAsync(long cents)
    {
        await Task.Yield();
        return new Money(cents, "EUR");
    }

    static async Task Main()
    {
        var price = await PriceAsync(250);
        var cart = new List<Money> { new Money(100, "EUR"), price };
        Console.WriteLine("contains:");
        Console.WriteLine(cart.Contains(new Money(250, "EUR")));
        Console.WriteLine("index of other currency:");
        Console.WriteLine(cart.IndexOf(new Money(250, "USD")));
        Console.WriteLine("remove:");
        Console.WriteLine(cart.Remove(new Money(100, "EUR")) + " " + cart.Count);
        Console.WriteLine("object.Equals:");
        Console.WriteLine(price.Equals((object)new Money(250, "EUR")));

        var tags = new HashSet<Tag> { new Tag("async"), new Tag("ASYNC"), new Label("Async"), new Tag("await") };
        Console.WriteLine(tags.Count);
        var counts = new Dictionary<Tag, int>();
        foreach (var t in new[] { new Tag("io"), new Label("IO"), new Tag("cpu") })
        {
            counts.TryGetValue(t, out int n);
            counts[t] = n + 1;
        }
        Console.WriteLine(counts.Count + " " + counts[new Tag("Io")]);
        var labels = new List<Tag> { new Label("X") };
        Console.WriteLine(labels.Contains(new Tag("x")) + " " + labels.Contains(null));
        object boxed = new Tag("x");
        Console.WriteLine(boxed.Equals(new Tag("x")));
    }
}
