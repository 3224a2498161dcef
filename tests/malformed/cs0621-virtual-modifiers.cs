// expect: CS0112, CS0238, CS0621, CS0500
// Wrong uses of the virtual modifiers: a static virtual method, `sealed` without `override`, a private virtual method, an abstract method with a body.
using System;

abstract class Widget
{
    public static virtual void Make() { }
    public sealed void Draw() { }
    virtual void Hidden() { }
    public abstract void Paint() { }

    static void Main() { }
}
