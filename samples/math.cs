using System;
using System.Threading.Tasks;

class Program
{
    static async Task<double> Hypot(double a, double b)
    {
        await Task.Yield();
        return Math.Sqrt(a * a + b * b);
    }

    static async Task Main()
    {
        Console.WriteLine(Math.Sqrt(16.0));
        Console.WriteLine(Math.Sqrt(2.0));
        Console.WriteLine(Math.Sqrt(-1.0));
        Console.WriteLine(Math.Pow(2, 10));
        Console.WriteLine(Math.Pow(2.5, 2));
        Console.WriteLine(Math.Pow(2, -1));
        Console.WriteLine(Math.Floor(-2.5) + " " + Math.Ceiling(-2.5) + " " + Math.Truncate(-2.7));
        Console.WriteLine(Math.Floor(2.5) + " " + Math.Ceiling(2.1) + " " + Math.Truncate(2.7));
        // Banker's rounding: midpoints go to the even neighbour.
        Console.WriteLine(Math.Round(0.5) + " " + Math.Round(1.5) + " " + Math.Round(2.5) + " " + Math.Round(-2.5) + " " + Math.Round(2.6));
        Console.WriteLine(Math.Round(3.14159, 2) + " " + Math.Round(2.675, 2) + " " + Math.Round(1.005, 2) + " " + Math.Round(7.0, 3));
        Console.WriteLine(Math.Sign(-5) + " " + Math.Sign(0) + " " + Math.Sign(7L) + " " + Math.Sign(-0.5) + " " + Math.Sign(0.0));
        Console.WriteLine(Math.Clamp(15, 0, 10) + " " + Math.Clamp(-3L, 0L, 10L) + " " + Math.Clamp(0.5, 0.0, 1.0));
        Console.WriteLine(Math.Max(3L, 4) + " " + Math.Min(2, 9) + " " + Math.Abs(-7L) + " " + Math.Abs(-1.5));
        Console.WriteLine(Math.PI);
        Console.WriteLine(Math.E);
        Console.WriteLine(Math.Log(1.0) + " " + Math.Log10(1000.0) + " " + Math.Exp(0.0) + " " + Math.Log(Math.E));
        Console.WriteLine(Math.Sin(0.0) + " " + Math.Cos(0.0) + " " + Math.Tan(0.0));
        Console.WriteLine(double.NaN);
        Console.WriteLine(double.PositiveInfinity + " " + double.NegativeInfinity);
        Console.WriteLine(double.MaxValue);
        Console.WriteLine(double.MinValue);
        Console.WriteLine(double.Epsilon);
        double z = 0.0;
        double nan = z / z;
        Console.WriteLine(double.IsNaN(nan) + " " + double.IsNaN(1.0) + " " + (nan == double.NaN));
        Console.WriteLine(double.IsInfinity(1.0 / z) + " " + double.IsPositiveInfinity(-1.0 / z) + " " + double.IsNegativeInfinity(-1.0 / z));
        Console.WriteLine(Math.Log(0.0) + " " + Math.Log(-1.0));
        Console.WriteLine(await Hypot(3, 4));
        Console.WriteLine(Math.Log(8, 2) + " " + Math.Log(1000, 10) + " " + Math.Log(5, 1) + " " + Math.Log(1, 0));
        Console.WriteLine(Math.Cbrt(27) + " " + Math.Cbrt(-8));
        Console.WriteLine(Math.Asin(1) + " " + Math.Acos(1) + " " + Math.Atan(0) + " " + Math.Atan2(1, 1) + " " + Math.Atan2(0, -1));
        Console.WriteLine(Math.Sinh(0) + " " + Math.Cosh(0) + " " + Math.Tanh(0));
        Console.WriteLine(Math.BigMul(int.MaxValue, int.MaxValue));
        Console.WriteLine(double.IsFinite(1.0) + " " + double.IsFinite(1.0 / z) + " " + double.IsNegative(-0.0) + " " + double.IsNegative(0.0));
        const double Tau = 2 * Math.PI;
        Console.WriteLine(Tau);
        try
        {
            Console.WriteLine(Math.Clamp(1, 5, 3));
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
        try
        {
            Console.WriteLine(Math.Sign(nan));
        }
        catch (ArithmeticException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
    }
}
