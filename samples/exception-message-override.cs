using System;
using System.Threading.Tasks;

class ConfigException : Exception
{
    public string Key { get; }
    public ConfigException(string key) { Key = key; }
    public override string Message { get { return "Config key '" + Key + "' is invalid"; } }
}

class PortException : ConfigException
{
    public int Port;
    public PortException(int port) : base("port") { Port = port; }
    public override string Message => base.Message + " (" + Port + ")";
}

class Quiet : Exception
{
    public Quiet() : base("never shown") { }
    public override string Message => null;
}

class WrappedException : Exception
{
    public WrappedException(string message) : base(message) { }
    // `base.Message` is Exception's own message, not this override.
    public override string Message => "[wrapped] " + base.Message;
    public string Raw => base.Message;
}

class OuterException : WrappedException
{
    public OuterException(string message) : base(message) { }
    public override string Message => "outer(" + base.Message + ")";
}

class Program
{
    static async Task<int> Load(string key)
    {
        await Task.Yield();
        throw new ConfigException(key);
    }

    static async Task Main()
    {
        try { await Load("host"); }
        catch (Exception e) { Console.WriteLine(e.Message); }
        try { throw new PortException(80); }
        catch (ConfigException e) { Console.WriteLine(e.Message + " / " + e.Key); }
        Exception q = new Quiet();
        Console.WriteLine("[" + q.Message + "]");
        Console.WriteLine(q.ToString().Split('\n')[0]);
        var outer = new InvalidOperationException("wrapped", new PortException(8080));
        Console.WriteLine(outer.InnerException.Message);
        Console.WriteLine(new ConfigException("x").ToString().Split('\n')[0]);
        var w = new WrappedException("disk");
        Console.WriteLine(w.Message + " / " + w.Raw);
        Exception o = new OuterException("net");
        Console.WriteLine(o.Message);
    }
}
