// expect: UA0100
// A SynchronizationContext overriding OperationStarted: the async void builder calls it in .NET, which unawait does not model.
using System;
using System.Threading;

class Counting : SynchronizationContext
{
    public int Started;
    public override void OperationStarted() { Started++; }
}

static class Program
{
    static void Main()
    {
        var c = new Counting();
        c.OperationStarted();
        Console.WriteLine(c.Started);
    }
}
