#!/usr/bin/env python3
"""Generates the front-end workloads: C1 (an 8,000-line program of 800 async methods), G1 (C1 with
every method generic: the same size, each method instantiated once), P1 (G1 without the type
parameters: `string item` where G1 has `T item`, the non-generic program of G1's size) and a
method of 60,000 statements; G2 (C1's 800 async methods in 100 generic classes `Stage{i}<T>`,
each instantiated once) and P2 (G2's classes without the type parameter). Usage: gen-program.py
c1|g1|p1|g2|p2|long [N] > FILE.cs"""
import sys

def c1(methods=800, generic=False, item=False):
    """With `generic`, G1: a type parameter on every method, carried down the call chain. With
    `item` alone, P1: the same parameter as a `string`."""
    out = ["using System;", "using System.Collections.Generic;", "using System.Threading.Tasks;", "",
           "class Program", "{"]
    for i in range(methods):
        if generic or item:
            head = (f"    static async Task<int> M{i}Async<T>(T item, int x)" if generic
                    else f"    static async Task<int> M{i}Async(string item, int x)")
            callee = f"M{i - 1}Async(item, x - 1)" if i > 0 else "Task.FromResult(x)"
            text = f"        string s = $\"m{i}: {{a}} {{b}} {{item}}\";"
        else:
            head = f"    static async Task<int> M{i}Async(int x)"
            callee = f"M{i - 1}Async(x - 1)" if i > 0 else "Task.FromResult(x)"
            text = f"        string s = $\"m{i}: {{a}} {{b}}\";"
        out += [
            head,
            "    {",
            f"        int a = x * {i % 7 + 1} + {i};",
            "        if (a % 3 == 0) { await Task.Yield(); }",
            f"        int b = await {callee};",
            text,
            "        return a + b + s.Length;",
            "    }",
            "",
        ]
    seed = "\"seed\", 3" if generic or item else "3"
    out += ["    static async Task Main()", "    {",
            f"        int r = await M{methods - 1}Async({seed});",
            "        Console.WriteLine(r);", "    }", "}"]
    return "\n".join(out) + "\n"

def c2(classes=100, generic=False, per_class=8):
    """G2 with `generic`, else P2: classes of `per_class` async methods each, every method
    calling the one before it (the last class's through a field of the class before)."""
    t, targ = ("T", "<T>") if generic else ("string", "")
    out = ["using System;", "using System.Threading.Tasks;", ""]
    for c in range(classes):
        out += [f"class Stage{c}{targ}", "{", f"    readonly {t} item;"]
        if c > 0:
            out.append(f"    readonly Stage{c - 1}{targ} prev;")
            out.append(f"    public Stage{c}({t} item) {{ this.item = item; prev = new Stage{c - 1}{targ}(item); }}")
        else:
            out.append(f"    public Stage{c}({t} item) {{ this.item = item; }}")
        for j in range(per_class):
            i = c * per_class + j
            if j > 0:
                callee = f"M{j - 1}Async(x - 1)"
            elif c > 0:
                callee = f"prev.M{per_class - 1}Async(x - 1)"
            else:
                callee = "Task.FromResult(x)"
            out += [
                f"    public async Task<int> M{j}Async(int x)",
                "    {",
                f"        int a = x * {i % 7 + 1} + {i};",
                "        if (a % 3 == 0) { await Task.Yield(); }",
                f"        int b = await {callee};",
                f"        string s = $\"m{i}: {{a}} {{b}} {{item}}\";",
                "        return a + b + s.Length;",
                "    }",
            ]
        out += ["}", ""]
    last = f"Stage{classes - 1}" + ("<string>" if generic else "")
    out += ["class Program", "{", "    static async Task Main()", "    {",
            f"        int r = await new {last}(\"seed\").M{per_class - 1}Async(3);",
            "        Console.WriteLine(r);", "    }", "}"]
    return "\n".join(out) + "\n"

def long_method(statements=60000):
    out = ["using System;", "", "class Program", "{", "    static void Main()", "    {",
           "        int total = 0;"]
    for i in range(statements - 2):
        out.append(f"        total = total + {i % 97};")
    out += ["        Console.WriteLine(total);", "    }", "}"]
    return "\n".join(out) + "\n"

if __name__ == "__main__":
    kind = sys.argv[1] if len(sys.argv) > 1 else "c1"
    n = int(sys.argv[2]) if len(sys.argv) > 2 else None
    if kind == "c1":
        sys.stdout.write(c1(n or 800))
    elif kind == "g1":
        sys.stdout.write(c1(n or 800, generic=True))
    elif kind == "p1":
        sys.stdout.write(c1(n or 800, item=True))
    elif kind == "g2":
        sys.stdout.write(c2(n or 100, generic=True))
    elif kind == "p2":
        sys.stdout.write(c2(n or 100))
    else:
        sys.stdout.write(long_method(n or 60000))
