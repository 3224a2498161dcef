// expect: UA0100
// Valid C#, but instance methods (and constructors, `this`) are outside the subset (Tier 2).
using System;
using System.Threading.Tasks;


class Counter
{
    int count;

    public void Increment()
    {
        count++;
    }

    public int Get()
    {
        return count;
    }
}

static class Program
{
    static void Main()
    {
        Counter c = new Counter();
        c.Increment();
        Console.WriteLine(c.Get());
    }
}
