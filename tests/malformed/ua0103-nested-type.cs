// expect: UA0103
// `Environment.SpecialFolder` is a type nested in a .NET type: one UA0103 per mention, never CS0246 ("'Environment' could not be found") or CS0117.
using System;

static class Program
{
    static void Main()
    {
        Console.WriteLine(Environment.SpecialFolder.UserProfile);
    }
}
