// Static constructors: a class with `static C() { ... }` is initialized exactly when another
// class first uses it (a static field read, a static method called after its arguments, an object
// created), its static field initializers first; a class without one (`Lazy`) may be
// initialized earlier, when a method that uses it starts (as .NET and Mono do).
using System;
using System.Threading.Tasks;
class Config {
  public static int Port = Log("Port initializer", 80);
  public static string Name;
  static Config() { Name = "cfg"; Console.WriteLine("Config static ctor, port " + Port); }
  static int Log(string s, int v) { Console.WriteLine(s); return v; }
  public static int Twice() { return Port * 2; }
}
class Registry {
  public static int Count;
  static Registry() { Console.WriteLine("Registry static ctor"); Count = 10; }
  public Registry() { Count++; Console.WriteLine("Registry()"); }
}
class Lazy { public static int Value = Mark(); static int Mark() { Console.WriteLine("Lazy init"); return 3; } }
static class P {
  static int Arg() { Console.WriteLine("argument"); return 1; }
  static async Task Main() {
    Console.WriteLine("Main starts");
    await Task.Delay(5);
    Console.WriteLine("before Config");
    Console.WriteLine(Config.Name + " " + Config.Port);
    Console.WriteLine(Config.Twice());
    Console.WriteLine("before Registry");
    var r = new Registry();
    Console.WriteLine(Registry.Count);
    Console.WriteLine("before Lazy");
    Console.WriteLine(Lazy.Value + Arg());
  }
}
