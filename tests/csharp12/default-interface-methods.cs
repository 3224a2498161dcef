// C# 12: interfaces with default implementations, an async default method, private static helpers and static fields in an interface, interface constants, a class member overriding a default implementation, static abstract and static virtual interface members (C# 11) called through a type parameter
using System;
using System.Threading.Tasks;

interface ILogger
{
    const string DefaultPrefix = "[log]";
    private static int s_total;
    static int TotalMessages => s_total;

    void Write(string message);

    void Info(string message) => Write(Format("INFO", message));
    void Error(string message) => Write(Format("ERROR", message));

    async Task WriteSlowlyAsync(string message)
    {
        await Task.Delay(1);
        Write(message);
    }

    private static string Format(string level, string message)
    {
        s_total++;
        return $"{DefaultPrefix} {level}: {message}";
    }
}

class ConsoleLogger : ILogger
{
    public void Write(string message) => Console.WriteLine(message);
}

class LoudLogger : ILogger
{
    public void Write(string message) => Console.WriteLine(message.ToUpperInvariant());
    public void Error(string message) => Write("!!! " + message);
}

interface IHasZero<TSelf> where TSelf : IHasZero<TSelf>
{
    static abstract TSelf Zero { get; }
    static virtual string Describe() => "zero is " + TSelf.Zero;
}

struct Meters : IHasZero<Meters>
{
    public double Value { get; init; }
    public static Meters Zero => new Meters { Value = 0 };
    public override string ToString() => Value + "m";
}

class Program
{
    static string ZeroOf<T>() where T : IHasZero<T> => T.Describe();

    static async Task Main()
    {
        ILogger plain = new ConsoleLogger();
        ILogger loud = new LoudLogger();
        plain.Info("service started");
        plain.Error("disk almost full");
        loud.Info("service started");
        loud.Error("disk almost full");
        await plain.WriteSlowlyAsync("flushed");
        Console.WriteLine($"messages formatted: {ILogger.TotalMessages}");
        Console.WriteLine(ZeroOf<Meters>());
    }
}
