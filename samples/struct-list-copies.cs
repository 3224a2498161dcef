// A List<S> of a struct copied from another list: `new List<S>(list)`, `AddRange(list)` and
// `InsertRange(i, list)`. The copies are values: replacing, mutating a copy read out, calling a
// mutating method on an element or a foreach variable changes neither list; sorting the copy
// (IComparable<T>) leaves the source's order; across awaits.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

struct Money : IComparable<Money>
{
    public long Cents;
    public string Currency;
    public Money(long cents, string currency) { Cents = cents; Currency = currency; }
    public void Double() { Cents *= 2; }
    public int CompareTo(Money other) => Cents.CompareTo(other.Cents);
    public override string ToString() => $"{Cents / 100}.{Cents % 100:D2} {Currency}";
}

class Ledger
{
    private readonly List<Money> _entries = new List<Money>();

    public async Task PostAsync(Money m)
    {
        await Task.Yield();
        _entries.Add(m);
    }

    public List<Money> Snapshot() => new List<Money>(_entries);

    public Money Largest()
    {
        var copy = new List<Money>(_entries);
        copy.Sort();
        return copy[copy.Count - 1];
    }

    public override string ToString() => string.Join(", ", _entries);
}

static class Program
{
    static async Task Main()
    {
        var ledger = new Ledger();
        foreach (var c in new long[] { 1250, 9999, 500, 100000 })
            await ledger.PostAsync(new Money(c, "USD"));
        var snap = ledger.Snapshot();
        snap[0] = new Money(1, "EUR");
        snap[1].Double();
        var read = snap[2];
        read.Double();
        foreach (var m in snap) m.Double();
        await Task.Delay(1);
        Console.WriteLine("ledger:   " + ledger);
        Console.WriteLine("snapshot: " + string.Join(", ", snap));
        Console.WriteLine("read:     " + read);
        Console.WriteLine("largest:  " + ledger.Largest() + " (ledger order kept: " + ledger + ")");
        var merged = new List<Money> { new Money(7, "GBP") };
        merged.AddRange(snap);
        merged.InsertRange(1, ledger.Snapshot());
        merged.Sort();
        Console.WriteLine("merged:   " + string.Join(", ", merged));
        Console.WriteLine($"counts {snap.Count} {merged.Count}");
    }
}
