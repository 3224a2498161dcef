// expect: UA0100
// TaskCreationOptions.AttachedToParent makes the parent task wait for its child: not in the language.
using System;
using System.Threading.Tasks;

static class Program
{
    static void Main()
    {
        Task.Factory.StartNew(() =>
        {
            Task.Factory.StartNew(() => Console.WriteLine("child"), TaskCreationOptions.AttachedToParent);
        }).Wait();
    }
}
