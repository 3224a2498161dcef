// expect: CS1929
// Unwrap() is TaskExtensions' extension method of Task<Task> and Task<Task<T>>: a Task<int> has none.
using System;
using System.Threading.Tasks;

static class Program
{
    static void Main()
    {
        Task<int> t = Task.FromResult(1);
        Console.WriteLine(t.Unwrap());
    }
}
