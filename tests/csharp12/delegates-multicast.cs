// C# 12: delegate declarations (non-generic, generic, contravariant, returning Task), multicast delegates with += and -=, GetInvocationList, delegate equality, method groups with instance and static targets, multicast return value, async lambdas assigned to a delegate type
// mcs: compiles and runs
using System;
using System.Threading.Tasks;

delegate void Notify(string message);
delegate T Factory<T>();
delegate Task AsyncStep(int index);
public delegate bool Validator<in T>(T value);

class Logger
{
    private readonly string _prefix;
    public Logger(string prefix) { _prefix = prefix; }
    public void Write(string message) => Console.WriteLine($"{_prefix}{message}");
}

class Program
{
    static int _created;
    static void Shout(string m) => Console.WriteLine(m.ToUpperInvariant() + "!");
    static int NextId() => ++_created;

    static async Task RunSteps(AsyncStep step, int count)
    {
        for (int i = 0; i < count; i++)
            await step(i);
    }

    static async Task Main()
    {
        var info = new Logger("[info] ");
        var audit = new Logger("[audit] ");
        Notify pipeline = info.Write;
        pipeline += audit.Write;
        pipeline += Shout;
        pipeline("deploy started");
        Console.WriteLine($"targets: {pipeline.GetInvocationList().Length}");

        pipeline -= audit.Write;
        pipeline("deploy finished");

        Notify copy = info.Write;
        Console.WriteLine($"same target and method are equal: {copy == new Notify(info.Write)}");

        Factory<int> ids = NextId;
        ids += NextId;
        Console.WriteLine($"a multicast call returns the last result: {ids()}");

        Validator<object> notNull = v => v != null;
        Validator<string> rules = new Validator<string>(notNull);
        rules += s => s.Length > 0;
        rules += s => char.IsUpper(s[0]);
        foreach (var candidate in new[] { "Hello", "hello" })
        {
            bool ok = true;
            foreach (Validator<string> rule in rules.GetInvocationList())
                ok &= rule(candidate);
            Console.WriteLine($"{candidate}: {ok}");
        }

        AsyncStep step = async i => { await Task.Delay(1); Console.WriteLine($"step {i}"); };
        await RunSteps(step, 3);
    }
}
