// C# 12: #nullable enable, nullable reference annotations (string?, List<string>?, object?), the null-forgiving operator (!), ??= on a reference field and a nullable value, ?. and ?[] on references, is null / is not null, [NotNullWhen(true)] on an out parameter, ArgumentNullException.ThrowIfNull, GetValueOrDefault on a dictionary
#nullable enable
using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Threading.Tasks;

class UserDirectory
{
    private readonly Dictionary<string, string?> _emails = new();
    private List<string>? _recent;

    public void Add(string name, string? email)
    {
        ArgumentNullException.ThrowIfNull(name);
        _emails[name] = email;
        _recent ??= new List<string>();
        _recent.Add(name);
    }

    public bool TryGetEmail(string name, [NotNullWhen(true)] out string? email)
    {
        email = _emails.TryGetValue(name, out var found) ? found : null;
        return email is not null;
    }

    public string? Recent(int index) => _recent?[index];
    public int RecentCount => _recent?.Count ?? 0;

    public async Task<string> DisplayNameAsync(string name)
    {
        await Task.Delay(1);
        string? email = _emails.GetValueOrDefault(name);
        return email is null ? name : $"{name} <{email}>";
    }
}

class Program
{
    static int Length(string? text) => text?.Length ?? 0;

    static string Describe(object? value)
    {
        if (value is null) return "null";
        return value.ToString()!;
    }

    static async Task Main()
    {
        var directory = new UserDirectory();
        directory.Add("ann", "ann@example.com");
        directory.Add("bob", null);

        foreach (var name in new[] { "ann", "bob", "cid" })
        {
            if (directory.TryGetEmail(name, out var email))
                Console.WriteLine($"{name}: {email.ToUpperInvariant()}");
            else
                Console.WriteLine($"{name}: no email");
        }

        Console.WriteLine(await directory.DisplayNameAsync("ann"));
        Console.WriteLine(await directory.DisplayNameAsync("bob"));
        Console.WriteLine($"{directory.Recent(0)} {directory.RecentCount}");

        string? maybe = null;
        Console.WriteLine(Length(maybe) + Length("four"));
        maybe ??= "assigned";
        Console.WriteLine(maybe.Length);

        int? counter = null;
        counter ??= 10;
        counter += 1;
        Console.WriteLine(counter);

        string definitely = directory.Recent(1)!;
        Console.WriteLine(definitely);
        Console.WriteLine(Describe(null) + " " + Describe(3.5));
    }
}
