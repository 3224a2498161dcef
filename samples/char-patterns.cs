// Constant and relational patterns on char values: a switch expression on a char, and char
// members of a struct matched by property patterns.
using System;

struct Tok
{
    public char Kind;
    public string Text;
    public Tok(char k, string t) { Kind = k; Text = t; }
}

class Program
{
    static string Kind(char c) => c switch
    {
        'a' or 'e' or 'i' or 'o' or 'u' => "vowel",
        >= '0' and <= '9' => "digit",
        ' ' => "space",
        >= 'a' and <= 'z' => "consonant",
        _ => "other",
    };

    static string Describe(Tok t) => t switch
    {
        { Kind: 'n', Text: var s } => "number " + s,
        { Kind: < 'a' } => "upper " + t.Kind,
        _ => "token " + t.Text,
    };

    static void Main()
    {
        foreach (char c in "ai 7x?Q")
            Console.Write(Kind(c) + ";");
        Console.WriteLine();
        Console.WriteLine(Describe(new Tok('n', "42")) + ", " + Describe(new Tok('X', "")) + ", " + Describe(new Tok('w', "word")));
        switch (new Tok('$', "end"))
        {
            case { Kind: '$' } t:
                Console.WriteLine("end " + t.Text);
                break;
            default:
                Console.WriteLine("more");
                break;
        }
    }
}
