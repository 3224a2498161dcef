// expect: CS8852, CS8852
// Init-only properties (an auto-property and one with an `init` body) assigned after the object exists.
using System;

class Order
{
    public int Id { get; init; }
    private string note = "";
    public string Note { get { return note; } init { note = value; } }
}

class Program
{
    static void Main()
    {
        var o = new Order { Id = 1, Note = "first" };
        o.Id = 2;
        o.Note = "second";
        Console.WriteLine(o.Id + o.Note);
    }
}
