// expect: UA0100, UA0100, UA0103, CS0103
// Valid-C# constructs outside the subset (`goto default` in a pattern switch, an event of a generic interface, a decimal) next to a real error; all must be reported in one run.
using System;
using System.Threading.Tasks;


interface INotify<T>
{
    event Action<T> Changed;
}

static class Program
{
    static void UsesSwitch(int n)
    {
        switch (n)
        {
            case > 10:
                Console.WriteLine("big");
                goto default;
            default:
                Console.WriteLine(n);
                break;
        }
    }

    static Func<int, int> inc = x => x + 1;

    static void UsesLambda()
    {
        Console.WriteLine(inc(1));
    }

    static void Main()
    {
        decimal c = 1m;
        Console.WriteLine(c);
        UsesSwitch(1);
        UsesLambda();
        Console.WriteLine(notDeclared);
    }
}
