// What ToString() of arrays and lists prints: .NET's full type name, element type included; and
// a list or array of an enum joins its members by name.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

static class Program
{
    static void Main()
    {
        Console.WriteLine(new string[1]);
        Console.WriteLine(new int[2]);
        Console.WriteLine(new Exception[0]);
        string[] words = { "x" };
        Console.WriteLine(words);
        Console.WriteLine(new List<string>());
        Console.WriteLine(new List<long>());
        Console.WriteLine(new List<Task<int>>());
        Console.WriteLine(new List<List<string>>());
        List<TaskStatus> statuses = new List<TaskStatus> { TaskStatus.Running, TaskStatus.RanToCompletion };
        Console.WriteLine(string.Join(",", statuses));
        TaskStatus[] ended = { TaskStatus.Faulted, TaskStatus.Canceled };
        Console.WriteLine(string.Join("|", ended));
        foreach (TaskStatus s in statuses)
        {
            Console.WriteLine(s);
        }
        Console.WriteLine(statuses);
    }
}
