// C#'s tie-break between generic overloads that end up with the same parameter types: the
// one whose declared parameter types are more specific wins (`Func<TOut, Task<TNext>>` over
// `Func<TOut, TNext>`), so a fluent pipeline's `Then` does not instantiate itself with ever
// larger type arguments.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

class Pipe<TIn, TOut>
{
    readonly Func<TIn, Task<TOut>> run;
    public Pipe(Func<TIn, Task<TOut>> run) { this.run = run; }

    public Pipe<TIn, TNext> Then<TNext>(Func<TOut, Task<TNext>> step)
    {
        Console.WriteLine("async step to " + typeof(TNext).Name);
        return new Pipe<TIn, TNext>(async x => await step(await run(x)));
    }

    public Pipe<TIn, TNext> Then<TNext>(Func<TOut, TNext> step)
    {
        Console.WriteLine("sync step to " + typeof(TNext).Name);
        return Then(x => Task.FromResult(step(x)));
    }

    public Task<TOut> Run(TIn input) => run(input);
}

static class Pick
{
    public static string Of<T>(T x) => "T";
    public static string Of<T>(List<T> x) => "List<T>";
    public static string Of<T>(Box<T> x) => "Box<T>";
}

class Box<T> { }

class Program
{
    static async Task Main()
    {
        var p = new Pipe<string, string>(s => Task.FromResult(s.Trim()))
            .Then(s => s.Length)
            .Then(async n => { await Task.Yield(); return n * 1.5; })
            .Then(d => "=" + d);
        Console.WriteLine(await p.Run("  four  "));
        Console.WriteLine(Pick.Of(1) + " " + Pick.Of(new List<int>()) + " " + Pick.Of(new Box<string>()));
    }
}
