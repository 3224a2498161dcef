// C# 12: explicit interface implementations (methods, a property, an async method, IDisposable.Dispose, IEnumerable.GetEnumerator), two interfaces declaring the same member, casts to interfaces, a using statement calling an explicit Dispose, an iterator GetEnumerator
// mcs: compiles and runs
using System;
using System.Collections;
using System.Collections.Generic;
using System.Threading.Tasks;

interface IPrinter
{
    string Print(string text);
    string Name { get; }
}

interface IScanner
{
    string Print(string text);
    Task<string> ScanAsync();
}

class MultiFunctionDevice : IPrinter, IScanner, IDisposable
{
    string IPrinter.Print(string text) => "printed: " + text;
    string IScanner.Print(string text) => "scanner cannot print " + text.Length + " chars";
    string IPrinter.Name => "MFD-9000";

    async Task<string> IScanner.ScanAsync()
    {
        await Task.Delay(5);
        return "scanned page";
    }

    public string Print(string text) => "default: " + text;
    void IDisposable.Dispose() => Console.WriteLine("device powered off");
}

class Countdown : IEnumerable<int>
{
    private readonly int _from;
    public Countdown(int from) { _from = from; }

    public IEnumerator<int> GetEnumerator()
    {
        for (int i = _from; i >= 0; i--) yield return i;
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

class Program
{
    static async Task Main()
    {
        using (var device = new MultiFunctionDevice())
        {
            IPrinter printer = device;
            IScanner scanner = device;
            Console.WriteLine(device.Print("memo"));
            Console.WriteLine(printer.Print("memo") + " on " + printer.Name);
            Console.WriteLine(scanner.Print("memo"));
            Console.WriteLine(await scanner.ScanAsync());
            Console.WriteLine(((IPrinter)device).Name);
        }
        foreach (var n in new Countdown(3)) Console.Write(n + " ");
        Console.WriteLine();
        IEnumerable plain = new Countdown(1);
        foreach (object o in plain) Console.Write(o + ";");
        Console.WriteLine();
    }
}
