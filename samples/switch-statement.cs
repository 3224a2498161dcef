// switch statements on int, long, string and bool: several labels per section, `default`
// anywhere (tested last), const labels, `case null` and a null string that only `default`
// catches, goto case / goto default, break, return, throw, and continue of an enclosing loop;
// a constant subject picks its section at compile time.
using System;

class Program
{
    const int Three = 3;

    static string Name(int n)
    {
        const int Seven = 7;
        switch (n)
        {
            default:
                return "many (" + n + ")";
            case 1:
                return "one";
            case 2:
            case Three:
                return "two or three";
            case -1:
                goto case 1;
            case 10:
                goto default;
            case Seven:
                {
                    int doubled = n * 2;
                    return "seven, doubled " + doubled;
                }
            case int.MaxValue:
                throw new InvalidOperationException("too big");
        }
    }

    static string Kind(string s)
    {
        switch (s)
        {
            case "a":
                return "letter a";
            case "":
                return "empty";
            case null:
                return "null";
            default:
                return "other: " + s;
        }
    }

    static string NoNullCase(string s)
    {
        switch (s)
        {
            case "x":
                return "x";
            default:
                return "default for " + (s == null ? "null" : s);
        }
    }

    static string NoDefault(string s)
    {
        switch (s)
        {
            case "x":
                return "matched x";
        }
        return "fell past the switch";
    }

    static int Wide(long v)
    {
        switch (v)
        {
            case 1:
                return 1;
            case 5000000000:
                return 2;
            case -1L:
                return 3;
            case long.MinValue:
                return 4;
        }
        return 0;
    }

    static string Truth(bool b)
    {
        switch (b)
        {
            case true:
                return "yes";
            default:
                return "no";
        }
    }

    static void Main()
    {
        int[] inputs = { -1, 0, 1, 2, 3, 7, 10, int.MaxValue };
        foreach (int i in inputs)
        {
            try
            {
                Console.WriteLine(i + ": " + Name(i));
            }
            catch (InvalidOperationException e)
            {
                Console.WriteLine(i + ": threw " + e.Message);
            }
        }
        Console.WriteLine(Kind("a") + " | " + Kind("") + " | " + Kind(null) + " | " + Kind("zz"));
        Console.WriteLine(NoNullCase(null) + " | " + NoNullCase("x") + " | " + NoNullCase("y"));
        Console.WriteLine(NoDefault(null) + " | " + NoDefault("x"));
        Console.WriteLine("long: " + Wide(5000000000) + Wide(-1) + Wide(7) + Wide(1) + Wide(long.MinValue));
        Console.WriteLine("bool: " + Truth(true) + " " + Truth(false));

        // break leaves the switch, continue goes to the loop around it.
        int sum = 0;
        for (int i = 0; i < 12; i++)
        {
            switch (i % 4)
            {
                case 0:
                    continue;
                case 1:
                    sum += i;
                    break;
                case 2:
                    switch (i)
                    {
                        case 6:
                            sum += 1000;
                            break;
                        default:
                            sum += 100;
                            goto case 6;
                    }
                    break;
                default:
                    if (i > 9)
                        break;
                    sum += 10000;
                    break;
            }
            sum += 1;
        }
        Console.WriteLine("sum: " + sum);

        // The subject is evaluated once, before any label is compared.
        int reads = 0;
        switch (reads++ + 2)
        {
            case 1:
                Console.WriteLine("wrong");
                break;
            case 2:
                Console.WriteLine("subject read " + reads + " time(s)");
                break;
        }

        switch (Three)
        {
            case 3:
                Console.WriteLine("constant subject: case 3");
                break;
        }

        // A local declared in one section is in scope (unassigned) in the next ones.
        switch (inputs.Length)
        {
            case 1:
                string label = "one";
                Console.WriteLine(label);
                break;
            case 8:
                label = "eight inputs";
                Console.WriteLine(label);
                break;
        }
    }
}
