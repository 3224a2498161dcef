// C# 12: unsafe code (needs AllowUnsafeBlocks / csc -unsafe): an unsafe class, pointer parameters and pointer arithmetic, address-of (&), dereference (*), pointer indexing, ->, fixed statements on an array and a string, stackalloc into an int*, sizeof of a primitive and a struct, pointer casts
// mcs -unsafe: compiles and runs
using System;

struct Pixel
{
    public byte R, G, B, A;
}

unsafe class Program
{
    static int SumUnsafe(int* p, int length)
    {
        int total = 0;
        for (int* end = p + length; p < end; p++) total += *p;
        return total;
    }

    static void Main()
    {
        int value = 42;
        int* ptr = &value;
        *ptr += 8;
        Console.WriteLine($"value via pointer: {value}, sizeof(int)={sizeof(int)}, sizeof(Pixel)={sizeof(Pixel)}");

        int[] numbers = { 1, 2, 3, 4, 5 };
        fixed (int* first = numbers)
        {
            Console.WriteLine($"sum {SumUnsafe(first, numbers.Length)}, third {*(first + 2)}, fourth {first[3]}");
        }

        fixed (char* chars = "hello")
        {
            int count = 0;
            for (char* c = chars; *c != '\0'; c++)
                if (*c > 'g') count++;
            Console.WriteLine($"letters after g: {count}");
        }

        int* squares = stackalloc int[4];
        for (int i = 0; i < 4; i++) squares[i] = i * i;
        Console.WriteLine($"stackalloc sum {SumUnsafe(squares, 4)}");

        Pixel px = new Pixel { R = 10, G = 20, B = 30, A = 255 };
        Pixel* pp = &px;
        pp->G = 99;
        byte* raw = (byte*)pp;
        Console.WriteLine($"G={px.G}, second byte={raw[1]}, non-null: {pp != null}");
    }
}
