// C# 12: events with explicit add/remove accessors guarded by lock, an interface event implemented explicitly, a static field-like event, multicast invocation list, delegate Method metadata
// mcs: compiles and runs
using System;
using System.Collections.Generic;

interface INotifier
{
    event Action<string> Notified;
}

class Channel : INotifier
{
    private readonly object _gate = new object();
    private readonly List<string> _audit = new List<string>();
    private Action<string> _handlers;

    public static event EventHandler Created;

    public Channel() { Created?.Invoke(this, EventArgs.Empty); }

    public event Action<string> Message
    {
        add
        {
            lock (_gate)
            {
                _handlers += value;
                _audit.Add("add " + value.Method.Name);
            }
        }
        remove
        {
            lock (_gate)
            {
                _handlers -= value;
                _audit.Add("remove " + value.Method.Name);
            }
        }
    }

    event Action<string> INotifier.Notified
    {
        add { Message += value; }
        remove { Message -= value; }
    }

    public void Publish(string text)
    {
        Action<string> snapshot;
        lock (_gate) snapshot = _handlers;
        snapshot?.Invoke(text);
    }

    public int HandlerCount => _handlers == null ? 0 : _handlers.GetInvocationList().Length;
    public IEnumerable<string> Audit => _audit;
}

class Program
{
    static void Upper(string s) => Console.WriteLine("upper: " + s.ToUpperInvariant());
    static void Length(string s) => Console.WriteLine("length: " + s.Length);
    static void OnCreated(object sender, EventArgs e) => Console.WriteLine("channel created");

    static void Main()
    {
        Channel.Created += OnCreated;
        var channel = new Channel();
        channel.Message += Upper;
        channel.Message += Length;
        INotifier notifier = channel;
        notifier.Notified += Upper;
        Console.WriteLine($"handlers: {channel.HandlerCount}");
        channel.Publish("hello");
        channel.Message -= Upper;
        Console.WriteLine($"handlers: {channel.HandlerCount}");
        channel.Publish("bye");
        foreach (var entry in channel.Audit) Console.WriteLine(entry);
        Channel.Created -= OnCreated;
    }
}
