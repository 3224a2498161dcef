// CancellationToken is a struct: ToString() gives its type name, also for CancellationToken.None.
using System;
using System.Threading;
static class Program
{
    static void Main()
    {
        Console.WriteLine(CancellationToken.None);
        CancellationToken t = CancellationToken.None;
        Console.WriteLine("t=" + t);
        Console.WriteLine(t.ToString());
        var cts = new CancellationTokenSource();
        Console.WriteLine(cts.Token.ToString());
        Console.WriteLine($"{cts.Token}");
    }
}
