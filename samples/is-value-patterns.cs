// `is` type patterns that bind a value type: `o is int n` unboxes into `n` (for every kind of
// box: long, double, bool, char, an enum, a small integer, a struct), and a nullable value is
// tested as its box (`maybe is int m`, `pp is P q`).
using System;
using System.Collections.Generic;
enum Color { Red, Green }
struct P { public int X; }
class Prog {
  static string Describe(object o) {
    if (o is int n) return "int " + (n + 1);
    if (o is long l) return "long " + l;
    if (o is double d) return "double " + d * 2;
    if (o is bool b && b) return "true bool";
    if (o is char c) return "char " + c;
    if (o is Color col) return "color " + col;
    if (o is byte by) return "byte " + by;
    if (o is P p) return "P " + p.X;
    if (o is string s) return "string " + s.Length;
    return "other";
  }
  static void Main() {
    var items = new List<object> { 5, 6L, 1.5, true, false, 'z', Color.Green, (byte)7, new P { X = 3 }, "hey", null };
    foreach (var o in items) Console.WriteLine(Describe(o));
    int? maybe = 41; int? none = null;
    if (maybe is int m) Console.WriteLine("m " + (m + 1));
    Console.WriteLine(none is int k ? "k " + k : "no k");
    P? pp = new P { X = 8 };
    if (pp is P q) Console.WriteLine("q " + q.X);
    double? dd = 2.5;
    Console.WriteLine(dd is double e && e > 2);
  }
}
