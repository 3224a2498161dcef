// `o.Inner.Label += await F()`: a string property appended a value that is not a string, through
// a field. C# evaluates `o.Inner` once, reads Label, awaits, then stores Label + value
// (ECMA-334 §12.21.4). mcs's code throws NullReferenceException in Mono when the receiver is a
// field access (`this.f.P`, `o.f.P`, `Program.g.P`) and the right side is not a string; a local
// receiver, a field instead of the property, or a string on the right work
// (samples/ORACLE-EXCEPTIONS.md). Found by crates/difftest.
using System;
using System.Threading.Tasks;

class Tag
{
    public string Label { get; set; } = "tag";
}

class Holder
{
    public Tag Inner = new Tag();

    public async Task Append(int n)
    {
        try
        {
            this.Inner.Label += await Program.Count(n);
        }
        catch (NullReferenceException)
        {
            Console.WriteLine("NullReferenceException");
        }
        Console.WriteLine(this.Inner.Label);
    }
}

static class Program
{
    internal static Tag Shared = new Tag();

    internal static async Task<int> Count(int n)
    {
        await Task.Yield();
        return n;
    }

    static async Task Main()
    {
        var h = new Holder();
        await h.Append(1);
        await h.Append(2);
        try
        {
            Shared.Label += await Task.FromResult(true);
        }
        catch (NullReferenceException)
        {
            Console.WriteLine("NullReferenceException");
        }
        Console.WriteLine(Shared.Label);
        // A local receiver: mcs gets it right.
        Tag local = h.Inner;
        local.Label += await Count(3);
        Console.WriteLine(local.Label);
    }
}
