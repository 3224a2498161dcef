// When C# runs the static constructor of a class that is not the one named: a base class's runs
// when a derived object is created (its instance constructor runs through `: base()`), after the
// derived class's own; one that throws makes every later creation throw
// TypeInitializationException. A struct's runs at its first method call or explicit
// constructor, never at `new S()` without one (that is the zeroed value).
using System;
using System.Threading.Tasks;

abstract class Repository
{
    protected static readonly string Prefix;
    static Repository() { Console.WriteLine("Repository cctor"); Prefix = "repo:"; }
    protected Repository() { Console.WriteLine("Repository ctor"); }
    public abstract string Name { get; }
    public string Key(int id) { return Prefix + Name + "/" + id; }
}

class UserRepository : Repository
{
    static UserRepository() { Console.WriteLine("UserRepository cctor"); }
    public UserRepository() { Console.WriteLine("UserRepository ctor"); }
    public override string Name { get { return "users"; } }
}

class OrderRepository : Repository
{
    public override string Name { get { return "orders"; } }
}

class BadConfig
{
    static BadConfig() { Console.WriteLine("BadConfig cctor"); throw new InvalidOperationException("no config"); }
    public int Retries = 3;
}

class Service : BadConfig { }

struct Money
{
    public long Cents;
    public static readonly string Currency = Announce();
    static string Announce() { Console.WriteLine("Money statics"); return "EUR"; }
    static Money() { Console.WriteLine("Money cctor"); }
    public string Show() { return Cents + " " + Currency; }
}

class Program
{
    static async Task Main()
    {
        Console.WriteLine("start");
        var users = new UserRepository();
        Console.WriteLine(users.Key(7));
        Console.WriteLine(new OrderRepository().Key(8));
        await Task.Yield();
        for (int i = 0; i < 2; i++)
        {
            try
            {
                var s = new Service();
                Console.WriteLine(s.Retries);
            }
            catch (Exception e)
            {
                Console.WriteLine(i + " " + e.GetType().Name + ": " + e.InnerException.Message);
            }
        }
        var m = new Money();
        Console.WriteLine("zeroed " + m.Cents);
        m.Cents = 250;
        Console.WriteLine(m.Show());
    }
}
