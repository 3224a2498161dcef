// expect: CS0828, CS0828
// An anonymous type's property takes the type of its value: `null` and a call of a void
// method have none.
using System;

static class Program
{
    static void Log(string s) => Console.WriteLine(s);

    static void Main()
    {
        var pending = new { Id = 1, Error = null };
        var logged = new { Id = 2, Result = Log("x") };
        Console.WriteLine(pending.Id + logged.Id);
    }
}
