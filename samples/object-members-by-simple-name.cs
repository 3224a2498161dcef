using System;
using System.Threading.Tasks;

class Account
{
    public int Id;
    public Account(int id) { Id = id; }

    public override bool Equals(object obj) => obj is Account a && a.Id == Id;
    public override int GetHashCode() => Id;

    // object's members called without `this.`: the overrides above, and object's statics.
    public async Task<string> DescribeAsync(object other)
    {
        await Task.Yield();
        return GetType().Name + " " + Equals(other) + " " + (GetHashCode() == Id)
            + " " + ReferenceEquals(this, other) + " " + Equals(this, other);
    }
}

struct Point
{
    public int X, Y;
    public string Show() => ToString() + "/" + GetType().Name + "/" + Equals(new Point { X = X, Y = Y });
}

class Program
{
    static async Task Main()
    {
        var a = new Account(1);
        Console.WriteLine(await a.DescribeAsync(new Account(1)));
        Console.WriteLine(await a.DescribeAsync(a));
        Console.WriteLine(await a.DescribeAsync("x"));
        Console.WriteLine(new Point { X = 2, Y = 3 }.Show());
    }
}
