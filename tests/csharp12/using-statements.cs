// C# 12: using statements (single, stacked, without a variable, with an existing variable, with a null resource, with a return inside, with an exception thrown inside), IDisposable, StreamWriter/StreamReader over a MemoryStream with leaveOpen, disposal order
// mcs: compiles and runs
using System;
using System.IO;
using System.Text;

class Scope : IDisposable
{
    private readonly string _name;
    public Scope(string name) { _name = name; Console.WriteLine($"enter {name}"); }
    public void Dispose() => Console.WriteLine($"exit {_name}");
}

class Program
{
    static string RoundTrip(string text)
    {
        using (var stream = new MemoryStream())
        {
            using (var writer = new StreamWriter(stream, new UTF8Encoding(false), 1024, leaveOpen: true))
            {
                writer.Write(text);
            }
            stream.Position = 0;
            using (var reader = new StreamReader(stream))
                return reader.ReadToEnd();
        }
    }

    static void Main()
    {
        using (new Scope("outer"))
        using (var inner = new Scope("inner"))
        {
            Console.WriteLine("working with " + inner.GetType().Name);
        }

        var shared = new Scope("shared");
        using (shared)
        {
            Console.WriteLine("using an existing variable");
        }

        Scope nothing = null;
        using (nothing)
        {
            Console.WriteLine("a null resource is not disposed");
        }

        try
        {
            using (new Scope("failing"))
                throw new InvalidOperationException("boom");
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine($"caught {e.Message} after dispose");
        }

        Console.WriteLine(RoundTrip("hello, stream"));
    }
}
