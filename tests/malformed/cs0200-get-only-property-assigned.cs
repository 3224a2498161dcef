// expect: CS0200, CS0200
// A get-only auto-property and an expression-bodied property are assigned outside the constructor.
using System;

class User
{
    public string Name { get; }
    public int Length => Name.Length;

    public User(string name) { Name = name; }

    static void Main()
    {
        var u = new User("ada");
        u.Name = "bob";
        u.Length = 3;
        Console.WriteLine(u.Name);
    }
}
