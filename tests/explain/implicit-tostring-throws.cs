// Concatenation, interpolation and library members given an object run its `ToString()`,
// `Equals(object)` or `GetHashCode()` override, which may throw: an exception there ends the
// call before its first await, so the method does not always suspend (its task faults
// synchronously). An override that cannot throw changes nothing.
using System;
using System.Threading.Tasks;

class Item
{
    public override string ToString() { throw new NotSupportedException("no"); }
}

class Key
{
    public int Id;
    public override bool Equals(object o) { throw new InvalidOperationException("eq"); }
    public override int GetHashCode() { return Id; }
}

class Label
{
    public override string ToString() { return "label"; }
}

static class Program
{
    static async Task<string> PrintThenWait(Item it)
    {
        string s = "[" + it + "]";
        await Task.Delay(20);
        return s;
    }

    static async Task<string> InterpolateThenWait(Item it)
    {
        string s = $"<{it}>";
        await Task.Delay(20);
        return s;
    }

    static async Task WriteThenWait(object o)
    {
        Console.WriteLine(o);
        await Task.Delay(20);
    }

    static async Task<bool> SameThenWait(object a, Key b)
    {
        bool same = a.Equals(b);
        await Task.Delay(20);
        return same;
    }

    static async Task<string> LabelThenWait(Label l)
    {
        string s = "[" + l + "]";
        await Task.Delay(20);
        return s;
    }

    static async Task Main()
    {
        try { await PrintThenWait(new Item()); }
        catch (NotSupportedException e) { Console.WriteLine(e.Message); }
        try { await InterpolateThenWait(new Item()); }
        catch (NotSupportedException e) { Console.WriteLine(e.Message); }
        try { await WriteThenWait(new Item()); }
        catch (NotSupportedException e) { Console.WriteLine(e.Message); }
        try { await SameThenWait(new Key { Id = 1 }, new Key { Id = 2 }); }
        catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        Console.WriteLine(await LabelThenWait(new Label()));
    }
}
