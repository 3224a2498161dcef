// Overloads taking different delegate types: a lambda picks the one C# picks (Func<int> over
// Action for a lambda returning a value, Func<Task> over Action for an async lambda, Func<Task<int>>
// for an async lambda returning a value), by binding it against each.
using System;
using System.Threading.Tasks;
class Program {
    static void Run(Action a) { Console.WriteLine("Action"); a(); }
    static void Run(Func<int> f) { Console.WriteLine("Func<int> " + f()); }
    static void Go(Func<Task> f) { Console.WriteLine("Func<Task>"); f().Wait(); }
    static void Go(Action f) { Console.WriteLine("Action"); f(); }
    static void Go2(Func<Task<int>> f) { Console.WriteLine("Func<Task<int>> " + f().Result); }
    static void Go2(Func<Task> f) { Console.WriteLine("Func<Task>"); }
    static int Seven() => 7;
    static void Main() {
        Run(() => Console.WriteLine("hi"));
        Run(() => 42);
        Run(() => Seven());
        Run(() => { return 5; });
        Run(() => { Console.WriteLine("block"); });
        Go(async () => { await Task.Yield(); Console.WriteLine("async body"); });
        Go(() => Console.WriteLine("sync"));
        Go2(async () => { await Task.Yield(); return 3; });
        Go2(async () => { await Task.Yield(); });
    }
}
