// char?: null and values, ??, HasValue/Value/GetValueOrDefault, lifted comparisons and
// arithmetic (promoted to int as for char), conversions to int?/long?/double?, ++ and --,
// printing, boxing, and a char? in a list, an array, a switch and a pattern.
using System;
using System.Linq;
using System.Collections.Generic;
class P {
  static char? FirstUpper(string s) {
    foreach (var ch in s) if (char.IsUpper(ch)) return ch;
    return null;
  }
  static char? F;
  static void More() {
    char? a = 'a', n = null;
    Console.WriteLine(++a); Console.WriteLine(a++); Console.WriteLine(a);
    Console.WriteLine(--a); Console.WriteLine(a--); Console.WriteLine(a);
    Console.WriteLine(++n == null); n--; Console.WriteLine(n.HasValue);
    F = 'q'; F++; ++F; Console.WriteLine(F);
    char? c = 'm';
    Console.WriteLine(c > 'a' && c <= 'm');
    Console.WriteLine(c - 'a');
    Console.WriteLine(c + 0.5);
    long? L = c; double? D = c;
    Console.WriteLine(L + " " + D);
    char?[] arr = { 'x', null };
    Console.WriteLine(arr[0] + "|" + arr[1] + "|");
    Console.WriteLine((c ?? 'z').ToString() + (n ?? 'z'));
    c = c ?? (char?)'w'; n = n ?? (char?)'w';
    Console.WriteLine($"{c}{n}");
    switch (c) { case 'm': Console.WriteLine("em"); break; default: Console.WriteLine("other"); break; }
    Console.WriteLine(c is char ch ? "char " + ch : "none");
    Console.WriteLine(n.GetValueOrDefault('d'));
    Console.WriteLine(char.IsLetter(c.Value));
    Console.WriteLine((int?)c);
    Console.WriteLine((char?)null == null);}
  static Nullable<char> Last(string s) { if (s.Length == 0) return null; return s[s.Length - 1]; }
  static void Extra() {
    char? c = 'A';
    Console.WriteLine(c == 65);
    Console.WriteLine(c + c);
    Console.WriteLine(c * 2);
    Console.WriteLine(c?.ToString() + "|" + ((char?)null)?.ToString() + "|");
    Console.WriteLine(Last("xyz") + " " + (Last("") == null));
    var d = new Dictionary<string, char?> { ["a"] = 'q', ["b"] = null };
    foreach (var kv in d) Console.WriteLine(kv.Key + "=" + (kv.Value ?? '_'));
    switch (c) { case 'A': Console.WriteLine("ay"); break; case null: Console.WriteLine("none"); break; default: Console.WriteLine("other"); break; }
    char? n = null;
    switch (n) { case 'A': Console.WriteLine("ay"); break; case null: Console.WriteLine("none"); break; default: Console.WriteLine("other"); break; }
    Console.WriteLine($"[{c,3}] [{n}]");
    Console.WriteLine(c.Equals(n) + " " + n.Equals(null) + " " + Equals(c, 'A'));
    char?[] arr = new char?[3]; arr[1] = 'z';
    Console.WriteLine(arr.Count(x => x.HasValue) + " " + string.Join(",", arr));
    Console.WriteLine(c.GetValueOrDefault() > 'B');
    Console.WriteLine(c >= n);
    Console.WriteLine(c != n);
  }
  static void Main() {
    char? c = 'x';
    char? n = null;
    Console.WriteLine(c);
    Console.WriteLine(n);
    Console.WriteLine("[" + n + "]");
    Console.WriteLine(c ?? 'y');
    Console.WriteLine(n ?? 'y');
    Console.WriteLine(c.HasValue + " " + n.HasValue);
    Console.WriteLine(c.Value);
    Console.WriteLine(c == null);
    Console.WriteLine(n == null);
    Console.WriteLine(c == 'x');
    Console.WriteLine(c != 'x');
    Console.WriteLine(c < 'z');
    Console.WriteLine(n < 'z');
    Console.WriteLine(c == n);
    Console.WriteLine($"{c} {n} {c.GetValueOrDefault()} {(int)n.GetValueOrDefault()}");
    Console.WriteLine(FirstUpper("hello World"));
    Console.WriteLine(FirstUpper("none") ?? '-');
    int? code = c;
    Console.WriteLine(code);
    char? d = c;
    d++;
    Console.WriteLine(d);
    object o = c;
    Console.WriteLine(o);
    Console.WriteLine(o is char);
    object on = n;
    Console.WriteLine(on == null);
    var list = new List<char?> { 'a', null, 'b' };
    foreach (var x in list) Console.Write(x.HasValue ? x.Value : '?');
    Console.WriteLine();
    Console.WriteLine(c.ToString() + n.ToString() + "|");
    Console.WriteLine(c.Equals('x'));
    Console.WriteLine(c.GetHashCode() == 'x'.GetHashCode());
    char e = (char)c;
    Console.WriteLine(e);
    Console.WriteLine(c + 1);
    More();
    Extra();
  }
}
