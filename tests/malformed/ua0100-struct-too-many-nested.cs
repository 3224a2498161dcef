// expect: UA0100
// Valid C#: a struct made of 400 nested struct values (7 fields of 7 fields of 7 fields); unawait copies structs field by field.
using System;

struct Leaf { public int N; }
struct Level2 { public Leaf F0; public Leaf F1; public Leaf F2; public Leaf F3; public Leaf F4; public Leaf F5; public Leaf F6; }
struct Level1 { public Level2 F0; public Level2 F1; public Level2 F2; public Level2 F3; public Level2 F4; public Level2 F5; public Level2 F6; }
struct Root { public Level1 F0; public Level1 F1; public Level1 F2; public Level1 F3; public Level1 F4; public Level1 F5; public Level1 F6; }

class Program
{
    static void Main()
    {
        var root = new Root();
        Console.WriteLine(root.F1.F2.F3.N);
    }
}
