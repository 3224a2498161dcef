using System;
using System.Threading.Tasks;

abstract class Shape { public abstract string Name(); }
class Circle : Shape { public double R; public Circle(double r) { R = r; } public override string Name() => "circle"; }
class Square : Shape { public double Side; public Square(double s) { Side = s; } public override string Name() => "square"; }

class Program {
    static async Task<string> Describe(Shape s) {
        switch (s) {
            case Circle c when c.R > 10:
                await Task.Yield();
                return "big circle " + c.R;
            case Circle c:
                return "circle " + c.R;
            case Square sq:
                await Task.Delay(1);
                return "square " + sq.Side;
            case null:
                return "nothing";
            default:
                return "other " + s.Name();
        }
    }

    static string Size(int n) {
        string result = "";
        switch (n) {
            case < 0:
                result = "negative";
                break;
            case 0:
            case 1:
                result = "tiny";
                break;
            case > 100:
                result = "huge";
                break;
            case var m when m % 2 == 0:
                result = "even " + m;
                break;
            default:
                result = "odd";
                break;
        }
        return result;
    }

    static void Kind(object o) {
        switch (o) {
            case string str:
                Console.WriteLine("string of " + str.Length);
                break;
            case int i when i > 5:
                Console.WriteLine("big int " + i);
                break;
            case int i:
                Console.WriteLine("int " + i);
                break;
        }
        Console.WriteLine("after " + (o == null ? "null" : "value"));
    }

    static async Task Main() {
        Console.WriteLine(await Describe(new Circle(20)));
        Console.WriteLine(await Describe(new Circle(2)));
        Console.WriteLine(await Describe(new Square(3)));
        Console.WriteLine(await Describe(null));
        foreach (int n in new[] { -3, 0, 1, 500, 8, 7 }) Console.WriteLine(Size(n));
        Kind("abc");
        Kind(9);
        Kind(2);
        Kind(null);
        Kind(2.5);
        for (int k = 0; k < 4; k++) {
            switch (k) {
                case 1 when k > 0:
                    continue;
                case 3:
                    Console.WriteLine("three");
                    break;
                default:
                    Console.WriteLine("k=" + k);
                    break;
            }
        }
    }
}
