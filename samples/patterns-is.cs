using System;
class P {
  static int calls;
  static int Next() { calls++; return calls * 10; }
  static int F(object o) {
    if (!(o is int n)) return -1;
    return n * 2;
  }
  static string G(object o) {
    if (o is not string s) return "none";
    return s;
  }
  static void Main() {
    Console.WriteLine(F(4) + " " + F("x") + " " + G("str") + " " + G(1));
    int x = 7;
    Console.WriteLine(x is 7);
    Console.WriteLine(x is > 5 and < 10);
    Console.WriteLine(x is 1 or 2);
    Console.WriteLine(x is not 7);
    Console.WriteLine(Next() is 10 or 20);
    Console.WriteLine(Next() is 10 or 20);
    Console.WriteLine(calls);
    string s = "hi";
    Console.WriteLine(s is "hi");
    Console.WriteLine(s is not null and "ho");
    if (Next() is var v && v > 0) Console.WriteLine(v);
    object o = 3;
    if (o is int n && n > 2) Console.WriteLine(n + 1);
    double d = 2.5;
    Console.WriteLine(d is >= 2.0 and <= 3.0);
  }
}
