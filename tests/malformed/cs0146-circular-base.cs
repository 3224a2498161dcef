// expect: CS0146, CS0709
// Two classes derive from each other, and a class derives from a static class.
using System;

class A : B { }
class B : A { }

static class Tools { }
class Hammer : Tools { }

static class Program
{
    static void Main() { }
}
