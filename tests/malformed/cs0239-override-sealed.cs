// expect: CS0239
// An override of a method its base class sealed (`sealed override`).
using System;

class Animal { public virtual string Sound() { return "..."; } }
class Dog : Animal { public sealed override string Sound() { return "woof"; } }
class Puppy : Dog { public override string Sound() { return "yip"; } }

static class Program
{
    static void Main() { Console.WriteLine(new Puppy().Sound()); }
}
