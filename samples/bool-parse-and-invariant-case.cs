// bool.Parse and bool.TryParse (any case, white space and NULs trimmed; null and other text:
// ArgumentNullException/FormatException, or false), and char.ToUpperInvariant/ToLowerInvariant,
// as a configuration reader uses them.
using System;
using System.Collections.Generic;
using System.Text;
using System.Threading.Tasks;

static class Program
{
    static async Task<string> ReadAsync(string key)
    {
        await Task.Yield();
        var values = new Dictionary<string, string> { ["verbose"] = " TRUE ", ["color"] = "false", ["debug"] = "yes", ["quiet"] = "1" };
        return values.ContainsKey(key) ? values[key] : null;
    }

    static string Slug(string title)
    {
        var sb = new StringBuilder();
        foreach (char c in title)
        {
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
            else if (sb.Length > 0 && sb[sb.Length - 1] != '-') sb.Append('-');
        }
        return sb.ToString().Trim('-');
    }

    static async Task Main()
    {
        foreach (var key in new[] { "verbose", "color", "debug", "quiet", "missing" })
        {
            string raw = await ReadAsync(key);
            bool value;
            bool ok = bool.TryParse(raw, out value);
            Console.WriteLine($"{key,-8} ok={ok,-5} value={value}");
            try { Console.WriteLine("  Parse: " + bool.Parse(raw)); }
            catch (FormatException ex) { Console.WriteLine("  " + ex.Message); }
            catch (ArgumentNullException ex) { Console.WriteLine("  null: " + ex.ParamName); }
        }
        Console.WriteLine(bool.Parse("\tfAlSe\n") + " " + bool.TryParse("True\0", out bool t) + " " + t);
        Console.WriteLine(Slug("Hello, World! Async & Await 101"));
        Console.WriteLine($"{char.ToUpperInvariant('q')}{char.ToUpperInvariant('1')}{char.ToLowerInvariant('Ä')}{char.ToUpperInvariant('ß')}");
    }
}
