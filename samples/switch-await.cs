// switch statements in async methods: an awaited subject, awaits in sections (the state
// machine resumes inside a section), locals declared in one section and used after an await in
// another, goto case and goto default across awaits, try/finally with awaits inside a section
// left by break, and switches in loops that await (continue, return and throw from a section).
// (goto case out of a try in an async method: samples/oracle-fault-goto-case-finally.cs.)
using System;
using System.Threading.Tasks;

class Program
{
    static async Task<int> Delay(int v)
    {
        await Task.Delay(10);
        return v;
    }

    static async Task<string> Echo(string s)
    {
        await Task.Yield();
        return s;
    }

    static async Task<string> Step(int n)
    {
        string log = "";
        switch (await Delay(n))
        {
            case 0:
                int a = await Delay(5);
                log += "zero:" + a;
                break;
            case 1:
                a = 7;
                log += "one:" + await Delay(a) + ",";
                goto case 0;
            case 2:
                try
                {
                    log += "two" + await Delay(2) + ",";
                }
                finally
                {
                    log += "[finally " + await Echo("awaited") + "],";
                }
                goto default;
            case 3:
                try
                {
                    log += "three,";
                    if (await Delay(3) == 3)
                        break;
                    log += "not here";
                }
                finally
                {
                    log += "[finally],";
                }
                log += "not here either";
                break;
            default:
                log += "default";
                break;
        }
        return log + ";";
    }

    static async Task<int> Machine(string[] program)
    {
        int acc = 0;
        int pc = 0;
        while (pc < program.Length)
        {
            string op = await Echo(program[pc]);
            switch (op)
            {
                case "+":
                    acc += await Delay(1);
                    break;
                case "d":
                    acc *= 2;
                    break;
                case "j":
                    pc += 2;
                    continue;
                case "q":
                    return acc;
                case null:
                    throw new InvalidOperationException("no op");
                default:
                    Console.WriteLine("  unknown op " + op + " at " + pc);
                    break;
            }
            pc++;
        }
        return -acc;
    }

    static async Task<long> Sum(long[] values)
    {
        long total = 0;
        foreach (long v in values)
        {
            switch (v % 3)
            {
                case 0:
                    total += await Delay((int)v);
                    break;
                case 1:
                case -1:
                    long kept = v * 100;
                    await Task.Yield();
                    total += kept;
                    break;
                default:
                    total -= 1;
                    break;
            }
        }
        return total;
    }

    static async Task Main()
    {
        for (int i = 0; i < 5; i++)
            Console.WriteLine(i + ": " + await Step(i));
        Console.WriteLine("machine: " + await Machine(new[] { "+", "+", "d", "?", "+", "j", "+", "+", "d", "q" }));
        Console.WriteLine("machine: " + await Machine(new[] { "+", "d", "+" }));
        Console.WriteLine("sum: " + await Sum(new long[] { 3, 4, -5, 6, 7, 8 }));
    }
}
