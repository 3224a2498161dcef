// C# 12: throw expressions (right of ??, in both forms of ?:, in an expression-bodied setter, in a lambda, after an awaited value), guard clauses with ArgumentNullException/ArgumentException/KeyNotFoundException, a generic guard with where T : class, dictionary initializers
// mcs: compiles and runs
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

class Customer
{
    private string _name;

    public Customer(string name, string email)
    {
        Name = name;
        Email = email ?? throw new ArgumentNullException(nameof(email));
    }

    public string Name
    {
        get => _name;
        set => _name = !string.IsNullOrWhiteSpace(value) ? value.Trim() : throw new ArgumentException("name required", nameof(value));
    }

    public string Email { get; }
}

class Program
{
    static readonly Dictionary<string, int> Ports = new Dictionary<string, int> { ["http"] = 80, ["https"] = 443 };

    static int PortFor(string scheme)
    {
        int port;
        return Ports.TryGetValue(scheme, out port) ? port : throw new KeyNotFoundException($"no default port for {scheme}");
    }

    static T Require<T>(T value, string name) where T : class => value ?? throw new ArgumentNullException(name);

    static async Task<string> LoadAsync(string key)
    {
        await Task.Delay(1);
        return key.Length > 3 ? key.ToUpperInvariant() : null;
    }

    static async Task Main()
    {
        Console.WriteLine(PortFor("https"));
        try { PortFor("gopher"); }
        catch (KeyNotFoundException e) { Console.WriteLine(e.Message); }

        var c = new Customer("  Ada ", "ada@example.com");
        Console.WriteLine($"[{c.Name}] {c.Email}");
        try { new Customer("Bob", null); }
        catch (ArgumentNullException e) { Console.WriteLine($"missing {e.ParamName}"); }
        try { c.Name = " "; }
        catch (ArgumentException e) { Console.WriteLine($"bad {e.ParamName}"); }

        Func<int, int> positive = n => n > 0 ? n : throw new ArgumentOutOfRangeException(nameof(n));
        Console.WriteLine(positive(5));
        try { positive(-1); }
        catch (ArgumentOutOfRangeException e) { Console.WriteLine($"{e.ParamName} out of range"); }

        string loaded = await LoadAsync("config") ?? throw new InvalidOperationException("missing");
        Console.WriteLine(loaded);
        try { Console.WriteLine(Require(await LoadAsync("ab"), "value")); }
        catch (ArgumentNullException e) { Console.WriteLine($"required {e.ParamName}"); }
    }
}
