using System;

// .NET's ToUpper/ToLower map one UTF-16 char to one char (simple case mapping): the length never changes.
static class Program
{
    static void Show(string s)
    {
        string u = s.ToUpper();
        string l = s.ToLower();
        Console.WriteLine(s + " -> upper " + u + " (" + u.Length + ") lower " + l + " (" + l.Length + ")");
    }

    static void Main()
    {
        Show("straße");
        Show("ﬁne");
        Show("ΣΟΦΟΣ");
        Show("ǅemal");
        Show("ŉ");
        Show("ΐ");
        Show("Ǆ");
        Show("hello WORLD 123");
        Show("ÀÉÎÕÜ àéîõü");
        Show("Ωmega ω");
        Show("ａｂｃ");
        Show("😀x");
    }
}
