// expect: CS0407, CS0407
// StringBuilder.AppendLine returns a StringBuilder: it converts to no Action<string>, assigned or passed to List<T>.ForEach.
using System;
using System.Collections.Generic;
using System.Text;

class Program
{
    static void Main()
    {
        var sb = new StringBuilder();
        Action<string> line = sb.AppendLine;
        var names = new List<string> { "a", "b" };
        names.ForEach(sb.AppendLine);
        Console.Write(sb.ToString());
    }
}
