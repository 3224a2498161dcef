// expect: UA0100
// A method group converts only to a member in its normal form: string.Join as a Func<string, string, string> is .NET's Join<char>(string, IEnumerable<char>), not Join(string, params string[]) expanded; unawait's library lacks the former (it printed "ab" where C# prints "a-b").
using System;

class Program
{
    static void Main()
    {
        Func<string, string, string> join = string.Join;
        Console.WriteLine(join("-", "ab"));
    }
}
