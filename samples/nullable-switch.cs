// switch statements on int?, long? (an awaited one), bool? and double? with constant labels, several
// labels per section, case null and default: each label a constant pattern on the nullable value.
using System;
using System.Threading.Tasks;
class P {
  static string Kind(int? x)
  {
    switch (x)
    {
      case 1:
        return "one";
      case 2:
      case 3:
        return "two or three";
      case null:
        return "none";
      default:
        return "other " + x;
    }
  }
  static async Task<long?> Get(long? v) { await Task.Delay(1); return v; }
  static async Task Main() {
    int?[] xs = { 1, 2, 3, null, 7 };
    foreach (var x in xs) Console.WriteLine(Kind(x));
    switch (await Get(5L))
    {
      case 5L: Console.WriteLine("five"); break;
      default: Console.WriteLine("not five"); break;
    }
    bool? b = null;
    switch (b)
    {
      case true: Console.WriteLine("yes"); break;
      case false: Console.WriteLine("no"); break;
      case null: Console.WriteLine("unknown"); break;
    }
    double? d = 2.5;
    switch (d)
    {
      case 2.5: Console.WriteLine("two and a half"); break;
    }
    int? y = 4;
    switch (y)
    {
      case 4: Console.WriteLine("four"); break;
    }
  }
}
