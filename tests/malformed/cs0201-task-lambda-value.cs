// expect: CS0201
// new Task(Action): the lambda's body `5` is a value, not a statement, so it is no Action.
using System;
using System.Threading.Tasks;

static class Program
{
    static void Main()
    {
        var t = new Task(() => 5);
        t.Start();
    }
}
