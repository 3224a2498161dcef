// Statements: blocks, if/else chains, while, do/while, for, foreach, break, continue, early return, nested loops.
using System;
using System.Collections.Generic;

static class Program
{
    static string Classify(int n)
    {
        if (n < 0)
        {
            return "negative";
        }
        else if (n == 0)
        {
            return "zero";
        }
        else if (n % 2 == 0)
            return "even";
        else
            return "odd";
    }

    static int FirstIndexOf(int[] values, int wanted)
    {
        for (int i = 0; i < values.Length; i++)
        {
            if (values[i] == wanted)
            {
                return i;
            }
        }
        return -1;
    }

    static void Main()
    {
        Console.WriteLine(Classify(-3) + " " + Classify(0) + " " + Classify(4) + " " + Classify(7));

        int countdown = 3;
        while (countdown > 0)
        {
            Console.Write(countdown + " ");
            countdown--;
        }
        Console.WriteLine("liftoff");

        int tries = 0;
        do
        {
            tries++;
        } while (false);
        Console.WriteLine("do/while body runs once even when the condition is false: " + tries);

        for (int i = 1; i <= 15; i++)
        {
            if (i % 15 == 0) Console.Write("FizzBuzz");
            else if (i % 3 == 0) Console.Write("Fizz");
            else if (i % 5 == 0) Console.Write("Buzz");
            else Console.Write(i);
            Console.Write(i < 15 ? "," : "\n");
        }

        int odds = 0;
        for (int i = 0; i < 10; i++)
        {
            if (i % 2 == 0)
            {
                continue;
            }
            odds += i;
        }
        Console.WriteLine("sum of odd numbers below 10: " + odds);

        for (int i = 0, j = 10; i < j; i += 3, j -= 3)
        {
            Console.Write("(" + i + "," + j + ")");
        }
        Console.WriteLine();

        int pairs = 0;
        for (int row = 0; row < 4; row++)
        {
            for (int col = 0; col < 4; col++)
            {
                if (col > row)
                {
                    break;
                }
                pairs++;
            }
        }
        Console.WriteLine("pairs with col <= row: " + pairs);

        {
            int scoped = 1;
            Console.WriteLine("inner block sees " + scoped);
        }
        {
            int scoped = 2;
            Console.WriteLine("another block has its own " + scoped);
        }

        int[] data = new[] { 4, 8, 15, 16, 23, 42 };
        Console.WriteLine("index of 15: " + FirstIndexOf(data, 15) + ", of 5: " + FirstIndexOf(data, 5));
        List<string> seen = new List<string>();
        foreach (int x in data)
        {
            if (x > 20) break;
            if (x == 8) continue;
            seen.Add(x.ToString());
        }
        Console.WriteLine("seen: " + string.Join(" ", seen));
    }
}
