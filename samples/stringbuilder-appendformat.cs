// StringBuilder.AppendFormat with 1-3 arguments and an object[]: alignment, formats, a ToString
// override, null, {{ }}, chaining, the text before a malformed item left appended, null format and builder.
using System;
using System.Text;
class Point { public int X; public override string ToString() => "P(" + X + ")"; }
class P { static void Main() {
  var sb = new StringBuilder();
  sb.AppendFormat("{0}-{1}", 1, 2).Append('|').AppendFormat("{0,5:F2}|{1,-4}|", 3.14159, "ab");
  sb.AppendFormat("{0}", new Point { X = 7 });
  sb.AppendFormat("[{0}{1}{2}{3}]", 'a', true, 2L, null);
  sb.AppendFormat("{{{0}}}", "x");
  Console.WriteLine(sb);
  object[] args = { 1, "two", 3.5 };
  Console.WriteLine(new StringBuilder("start:").AppendFormat("{2} {1} {0}", args).ToString());
  var partial = new StringBuilder();
  try { partial.AppendFormat("ab{1}cd", 5); } catch (FormatException e) { Console.WriteLine("FormatException: " + e.Message); }
  Console.WriteLine("[" + partial + "]");
  try { partial.AppendFormat("x}y", 5); } catch (FormatException) { Console.WriteLine("FormatException"); }
  Console.WriteLine("[" + partial + "]");
  try { partial.AppendFormat(null, 5); } catch (ArgumentNullException e) { Console.WriteLine(e.GetType().Name); }
  StringBuilder none = null;
  try { none.AppendFormat("{0}", 1); } catch (NullReferenceException) { Console.WriteLine("NullReferenceException"); }
  var table = new StringBuilder();
  for (int i = 1; i <= 3; i++) table.AppendFormat("{0,3}{1,6:N1}", i, i * 1234.5).AppendLine();
  Console.Write(table);
}}
