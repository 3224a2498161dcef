// A get-only auto-property can be assigned in its class's constructors, `++` and `--` included:
// the assignment stores to the property's backing field (C# 6; ECMA-334 §15.7.4). mcs accepts
// `P--` used as a value there but emits invalid IL, so Mono throws InvalidProgramException when
// the constructor is first called; the statements `P += n;` and `P++;` compile right
// (samples/ORACLE-EXCEPTIONS.md). Found by crates/difftest.
using System;

class Counter
{
    public int Value { get; } = 10;
    public int Before { get; }

    public Counter(int step)
    {
        Value += step;
        Value++;
        Before = Value--;
        Console.WriteLine("Value " + Value + ", before " + Before);
    }
}

static class Program
{
    static void Main()
    {
        Console.WriteLine("start");
        var c = new Counter(5);
        Console.WriteLine(c.Value + c.Before);
    }
}
