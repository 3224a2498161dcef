// expect: CS0115, CS0506, CS0508
// Overrides without a virtual method to override: none with that signature, one not marked virtual, one with another return type.
using System;

class Base
{
    public void Plain() { }
    public virtual int Count() { return 1; }
}

class Derived : Base
{
    public override void Missing() { }
    public override void Plain() { }
    public override long Count() { return 2; }

    static void Main() { }
}
