// expect: UA0104
// Max with a selector on an IEnumerable<T> is valid C# (Enumerable.Max(Func<T, int>)), outside the library: UA0104, not CS1501.
using System;
using System.Collections.Generic;
using System.Linq;

class Student
{
    public int Score;
}

class Program
{
    static IEnumerable<Student> All()
    {
        return new List<Student> { new Student { Score = 70 }, new Student { Score = 91 } };
    }

    static void Main()
    {
        Console.WriteLine(All().Max(s => s.Score));
    }
}
