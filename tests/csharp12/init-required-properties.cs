// C# 12: init-only setters, required members, [SetsRequiredMembers] on a constructor, object initializers satisfying required members, a record with required init properties and a with expression, target-typed new with an initializer
using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

class ConnectionOptions
{
    public required string Host { get; init; }
    public int Port { get; init; } = 5432;
    public required string Database { get; init; }
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);
    public IReadOnlyList<string> Tags { get; init; } = Array.Empty<string>();

    public override string ToString() => $"{Host}:{Port}/{Database} (timeout {Timeout.TotalSeconds}s, tags {string.Join("|", Tags)})";
}

class User
{
    public required string Name { get; set; }
    public string Email { get; init; } = "";

    public User() { }

    [SetsRequiredMembers]
    public User(string name, string email)
    {
        Name = name;
        Email = email;
    }
}

record Endpoint
{
    public required string Url { get; init; }
    public int Retries { get; init; }
}

class Program
{
    static void Main()
    {
        var options = new ConnectionOptions { Host = "db.local", Database = "orders", Tags = new[] { "primary", "eu" } };
        Console.WriteLine(options);
        ConnectionOptions replica = new() { Host = "replica.local", Database = "orders", Port = 5433, Timeout = TimeSpan.FromSeconds(5) };
        Console.WriteLine(replica);

        var admin = new User { Name = "root" };
        admin.Name = "admin";
        var guest = new User("guest", "guest@example.com");
        Console.WriteLine($"{admin.Name} <{admin.Email}>, {guest.Name} <{guest.Email}>");

        var primary = new Endpoint { Url = "https://api.example.com", Retries = 3 };
        var fallback = primary with { Url = "https://backup.example.com" };
        Console.WriteLine(primary);
        Console.WriteLine(fallback);
        Console.WriteLine(primary == (fallback with { Url = primary.Url }));
    }
}
