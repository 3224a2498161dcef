// Which declaration's parameter names and default values a call uses: C# takes them from the
// most derived declaration or override at or above the receiver's static type, while the
// override of the object's class runs. Also named arguments after an extension method's
// receiver, and an interface's defaults through an interface-typed value.
using System;
using System.Threading.Tasks;

interface ISender
{
    Task<string> SendAsync(string to, int priority = 1);
}

class Transport : ISender
{
    public virtual string Send(string to, int retries = 3) { return "transport " + to + " x" + retries; }
    public virtual async Task<string> SendAsync(string to, int priority = 5)
    {
        await Task.Yield();
        return "async " + to + " p" + priority;
    }
}

class Mail : Transport
{
    public override string Send(string address, int attempts = 7) { return "mail " + address + " x" + attempts; }
    public string Twice() { return Send("me") + " / " + base.Send("base"); }
}

class Express : Mail
{
    public override async Task<string> SendAsync(string target, int urgency = 9)
    {
        await Task.Yield();
        return "express " + target + " p" + urgency;
    }
}

static class Text
{
    public static string Truncate(this string s, int max, string ellipsis = "...")
    {
        return s.Length <= max ? s : s.Substring(0, max) + ellipsis;
    }
}

class Program
{
    static async Task Main()
    {
        var mail = new Mail();
        Transport asTransport = mail;
        Console.WriteLine(mail.Send("a") + " | " + asTransport.Send("b"));
        Console.WriteLine(mail.Send(address: "c") + " | " + asTransport.Send(to: "d", retries: 1));
        Console.WriteLine(mail.Twice());

        var express = new Express();
        Transport t = express;
        ISender sender = express;
        Console.WriteLine(await express.SendAsync("e"));
        Console.WriteLine(await t.SendAsync("f"));
        Console.WriteLine(await sender.SendAsync("g"));
        Console.WriteLine(await express.SendAsync(urgency: 2, target: "h"));

        Console.WriteLine("abcdef".Truncate(3, ellipsis: "~") + " " + "abcdef".Truncate(max: 4));
    }
}
