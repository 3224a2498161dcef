// C# 12: raw string literals (single-line and multi-line """...""" with indentation trimming, quotes inside, four-quote delimiters), interpolated raw strings ($"""...""" with alignment and format, $$"""...""" with literal braces), @$ verbatim interpolated strings (C# 8 order), UTF-8 string literals (u8), a newline inside an interpolation hole (C# 11)
using System;
using System.Text;

class Program
{
    static void Main()
    {
        string single = """He said "hi" and left""";
        Console.WriteLine(single);

        string json = """
            {
              "name": "unawait",
              "tags": ["async", "await"]
            }
            """;
        Console.WriteLine(json);

        string project = "corpus";
        int count = 71;
        string report = $"""
            Project: {project}
            Programs: {count,5}
            Per week: {count / 7.0:F1}
            """;
        Console.WriteLine(report);

        string template = $$"""
            { "project": "{{project}}", "count": {{count}} }
            """;
        Console.WriteLine(template);

        string quotes = """"Raw strings can contain """ when delimited by four quotes"""";
        Console.WriteLine(quotes);

        string folder = "logs";
        Console.WriteLine(@$"C:\data\{folder}\today.txt");

        ReadOnlySpan<byte> utf8 = "hello"u8;
        Console.WriteLine($"utf8 bytes: {utf8.Length}, decoded: {Encoding.UTF8.GetString(utf8)}");

        string size = $"the corpus is {
            count switch
            {
                > 50 => "large",
                _ => "small",
            }
        }";
        Console.WriteLine(size);
    }
}
