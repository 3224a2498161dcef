// Strings and lists built and dropped: about 200 MB of garbage, a small live set.
using System;
using System.Collections.Generic;

static class Program
{
    static void Main()
    {
        int longest = 0;
        for (int round = 0; round < 2000; round++)
        {
            List<string> words = new List<string>();
            for (int i = 0; i < 100; i++)
            {
                words.Add("word" + i + "-" + round);
            }
            string joined = string.Join(",", words);
            longest = Math.Max(longest, joined.Length);
        }
        Console.WriteLine(longest);
    }
}
