// C# 12: abstract classes with abstract properties and async methods, virtual/override, sealed override, sealed classes, new (hiding) members, base member access, protected constructors, polymorphic async calls, stable LINQ ordering
// mcs: compiles and runs
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

abstract class Notification
{
    protected Notification(string recipient) { Recipient = recipient; }
    public string Recipient { get; }
    public abstract string Channel { get; }
    public virtual int Priority => 1;
    public abstract Task<string> SendAsync(string body);
    public virtual string Format(string body) => $"to {Recipient} via {Channel}: {body}";
    public string Kind() => "notification";
}

class EmailNotification : Notification
{
    public EmailNotification(string recipient) : base(recipient) { }
    public override string Channel => "email";

    public override async Task<string> SendAsync(string body)
    {
        await Task.Delay(1);
        return Format(body);
    }

    public new string Kind() => "email " + base.Kind();
}

class UrgentEmail : EmailNotification
{
    public UrgentEmail(string recipient) : base(recipient) { }
    public sealed override int Priority => base.Priority + 9;
    public sealed override string Format(string body) => base.Format(body.ToUpperInvariant()) + " [urgent]";
}

sealed class SmsNotification : Notification
{
    public SmsNotification(string number) : base(number) { }
    public override string Channel => "sms";
    public override Task<string> SendAsync(string body) =>
        Task.FromResult(Format(body.Length > 10 ? body.Substring(0, 10) + "..." : body));
}

class Program
{
    static async Task Main()
    {
        var queue = new List<Notification>
        {
            new EmailNotification("ann@example.com"),
            new UrgentEmail("ops@example.com"),
            new SmsNotification("+4712345678"),
        };
        foreach (var n in queue.OrderByDescending(x => x.Priority))
            Console.WriteLine($"p{n.Priority} {await n.SendAsync("server restarted at noon")}");

        EmailNotification email = new UrgentEmail("x@example.com");
        Notification asBase = email;
        Console.WriteLine(email.Kind() + " / " + asBase.Kind());
        Console.WriteLine(asBase is UrgentEmail ? "runtime type is UrgentEmail" : "other");
    }
}
