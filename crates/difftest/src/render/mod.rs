//! Printing a program as C#: the original text unawait runs, and the forms the oracle runs.
//!
//! Each knob prints the same C# program (the same output by C#'s rules, for the programs the
//! generator makes) in a form that steers around one family of Mono's known faults; the
//! classifier runs Mono on them to tell Mono's faults from unawait's (docs/difftest.md).

mod class;
mod expr;
mod spill;

use crate::ast::*;

pub use spill::spill_program;

/// The knobs of section "Rendering knobs for the oracle" of docs/difftest.md.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Knobs {
    /// Expressions containing an await in A-normal form.
    pub spill: bool,
    /// Constant boolean conditions read from non-constant static fields.
    pub nonconst: bool,
    /// Awaits inside catch and finally blocks block instead (`.GetAwaiter().GetResult()`).
    pub finally_sync: bool,
    /// Every await blocks instead.
    pub sync: bool,
    /// A lambda inside a `checked` block has its body in `checked` too (mcs compiles it
    /// unchecked; C#'s checked context is lexical).
    pub checked_lambda: bool,
}

impl Knobs {
    pub const NONE: Knobs = Knobs {
        spill: false,
        nonconst: false,
        finally_sync: false,
        sync: false,
        checked_lambda: false,
    };

    /// The single-knob renderings the classifier tries, with their names, from the one that
    /// changes the least text to the one that changes the most: a fault is put down to the first
    /// that avoids it (`spill` rewrites every expression with an await, and so often avoids the
    /// others' faults too).
    pub fn singles() -> Vec<(&'static str, Knobs)> {
        let nonconst = Knobs {
            nonconst: true,
            ..Knobs::NONE
        };
        let finally_sync = Knobs {
            finally_sync: true,
            ..Knobs::NONE
        };
        let spill = Knobs {
            spill: true,
            ..Knobs::NONE
        };
        let checked_lambda = Knobs {
            checked_lambda: true,
            ..Knobs::NONE
        };
        vec![
            ("checked-lambda", checked_lambda),
            ("nonconst", nonconst),
            ("finally-sync", finally_sync),
            ("spill", spill),
        ]
    }

    pub fn sync_only() -> Knobs {
        Knobs {
            sync: true,
            ..Knobs::NONE
        }
    }

    /// Every knob but `sync`: for programs that hit two documented faults at once.
    pub fn combined() -> Knobs {
        Knobs {
            spill: true,
            nonconst: true,
            finally_sync: true,
            sync: false,
            checked_lambda: true,
        }
    }

    /// The inverse of `name`.
    pub fn from_name(name: &str) -> Option<Knobs> {
        let mut k = Knobs::NONE;
        if name == "original" {
            return Some(k);
        }
        for part in name.split('+') {
            match part {
                "spill" => k.spill = true,
                "nonconst" => k.nonconst = true,
                "finally-sync" => k.finally_sync = true,
                "sync" => k.sync = true,
                "checked-lambda" => k.checked_lambda = true,
                _ => return None,
            }
        }
        Some(k)
    }

    pub fn name(self) -> String {
        let mut v = Vec::new();
        if self.spill {
            v.push("spill");
        }
        if self.nonconst {
            v.push("nonconst");
        }
        if self.finally_sync {
            v.push("finally-sync");
        }
        if self.sync {
            v.push("sync");
        }
        if self.checked_lambda {
            v.push("checked-lambda");
        }
        if v.is_empty() {
            "original".into()
        } else {
            v.join("+")
        }
    }

    /// Blocking renderings must not starve Mono's thread pool: a pool thread blocked in
    /// `GetResult` waits for a continuation that needs another pool thread.
    fn blocks(self) -> bool {
        self.sync || self.finally_sync
    }
}

#[derive(Clone, Debug, Default)]
pub struct RenderOpts {
    pub knobs: Knobs,
    /// For mcs: `Task` for the non-generic `ValueTask`, and `Main` renamed behind an `Entry`
    /// wrapper (mcs has no async Main).
    pub mono: bool,
    /// Wraps the class in `namespace NAME { }` (batches of programs in one assembly); the program
    /// then has no `Main` of its own, the batch's driver calls `NAME.Program.Entry()`.
    pub namespace: Option<String>,
}

/// The non-constant fields the `nonconst` knob reads instead of `true` and `false`.
pub const K_TRUE: &str = "kTrue";
pub const K_FALSE: &str = "kFalse";

pub fn render(prog: &Program, opts: &RenderOpts) -> String {
    let spilled;
    let prog = if opts.knobs.spill {
        spilled = spill_program(prog);
        &spilled
    } else {
        prog
    };
    let mut r = Renderer {
        opts,
        out: String::new(),
        indent: 0,
        in_handler: false,
        switch_temps: 0,
        in_class: false,
        checked: false,
    };
    r.program(prog);
    r.out
}

fn uses_linq(prog: &Program) -> bool {
    let mut found = false;
    for m in &prog.methods {
        walk_exprs(&m.body, &mut |e| {
            found |= matches!(&e.kind, ExprKind::Lib(f, _) if f.is_linq());
        });
    }
    found
}

struct Renderer<'a> {
    opts: &'a RenderOpts,
    out: String,
    indent: usize,
    /// Inside a catch or finally block (for `finally_sync`).
    in_handler: bool,
    /// The locals the oracle's spelling gives switch subjects (`sw1`, ...).
    switch_temps: usize,
    /// Inside one of the program's classes: `Program`'s members need their class's name.
    in_class: bool,
    /// Inside a `checked` block (and no `unchecked` one in it), for `checked_lambda`.
    checked: bool,
}

impl Renderer<'_> {
    fn line(&mut self, text: &str) {
        for _ in 0..self.indent {
            self.out.push_str("    ");
        }
        self.out.push_str(text);
        self.out.push('\n');
    }

    fn program(&mut self, prog: &Program) {
        for u in [
            "System",
            "System.Collections.Generic",
            "System.Threading",
            "System.Threading.Tasks",
        ] {
            self.line(&format!("using {u};"));
        }
        // Only programs with queries name System.Linq: the others keep their text.
        if uses_linq(prog) {
            self.line("using System.Linq;");
        }
        self.line("");
        if let Some(ns) = &self.opts.namespace {
            self.line(&format!("namespace {ns}"));
            self.line("{");
            self.indent += 1;
        }
        // Classes first, each with its instance methods.
        if class::uses_trace(prog) {
            self.trace_helper();
            self.line("");
        }
        if !prog.classes.is_empty() {
            for c in &prog.classes {
                let methods: Vec<&Method> = prog
                    .methods
                    .iter()
                    .filter(|m| m.owner.as_deref() == Some(c.name.as_str()))
                    .collect();
                self.class(c, &methods);
                self.line("");
            }
        }
        self.line("static class Program");
        self.line("{");
        self.indent += 1;
        // Before the program's fields: initializers run in textual order.
        if self.opts.knobs.nonconst {
            self.line(&format!("internal static bool {K_TRUE} = true;"));
            self.line(&format!("internal static bool {K_FALSE} = false;"));
        }
        for f in &prog.fields {
            let init = self.expr(&f.init);
            self.line(&format!(
                "internal static {} {} = {};",
                f.ty.cs(self.opts.mono),
                f.name,
                init
            ));
        }
        let statics = prog.methods.iter().filter(|m| m.owner.is_none());
        for (i, m) in statics.enumerate() {
            if i > 0 || !prog.fields.is_empty() || self.opts.knobs.nonconst {
                self.line("");
            }
            self.method(m);
        }
        if self.opts.mono {
            self.line("");
            self.entry(prog.main());
            self.helpers();
        }
        self.indent -= 1;
        self.line("}");
        if self.opts.namespace.is_some() {
            self.indent -= 1;
            self.line("}");
        }
    }

    /// mcs has no async Main: the program's Main becomes `MainImpl`, called from `Entry` the way
    /// C# itself runs an async entry point (`GetAwaiter().GetResult()`), so an unhandled
    /// exception leaves `Entry` as the same exception.
    fn entry(&mut self, main: &Method) {
        self.line("internal static int Entry()");
        self.line("{");
        self.indent += 1;
        if self.opts.knobs.blocks() {
            self.line("System.Threading.ThreadPool.SetMinThreads(64, 64);");
        }
        let call = match main.kind {
            Kind::Sync => "MainImpl()",
            _ => "MainImpl().GetAwaiter().GetResult()",
        };
        if main.ret == Ty::Void {
            self.line(&format!("{call};"));
            self.line("return 0;");
        } else {
            self.line(&format!("return {call};"));
        }
        self.indent -= 1;
        self.line("}");
        if self.opts.namespace.is_none() {
            self.line("");
            self.line("static int Main()");
            self.line("{");
            self.line("    return Entry();");
            self.line("}");
        }
    }

    /// Integer division and remainder as .NET does them: OverflowException for MinValue / -1
    /// (C# leaves the exception's class to the implementation in unchecked code, ECMA-334
    /// §12.10.3; Mono's JIT sometimes throws DivideByZeroException instead).
    fn helpers(&mut self) {
        for ty in ["int", "long", "bool"] {
            self.line("");
            self.line(&format!("internal static {ty} Keep({ty} a)"));
            self.line("{");
            self.line("    return a;");
            self.line("}");
        }
        for (ty, min) in [("int", "int.MinValue"), ("long", "long.MinValue")] {
            for (name, op) in [("DivOf", "/"), ("RemOf", "%")] {
                self.line("");
                self.line(&format!("internal static {ty} {name}({ty} a, {ty} b)"));
                self.line("{");
                self.line(&format!("    if (b == -1 && a == {min})"));
                self.line("    {");
                self.line("        throw new OverflowException();");
                self.line("    }");
                self.line(&format!("    return a {op} b;"));
                self.line("}");
            }
        }
    }

    fn method(&mut self, m: &Method) {
        let ret = match m.kind {
            Kind::Sync | Kind::AsyncVoid => m.ret.cs(self.opts.mono),
            _ => m.call_ty().cs(self.opts.mono),
        };
        let name = if m.name == "Main" && self.opts.mono {
            "MainImpl"
        } else {
            m.name.as_str()
        };
        let params: Vec<String> = m
            .params
            .iter()
            .map(|p| format!("{} {}", p.ty.cs(self.opts.mono), p.name))
            .collect();
        let asyncness = if m.is_async() { "async " } else { "" };
        // Program's members are used by the classes too: internal, not private.
        let modifiers = if m.owner.is_some() {
            "public"
        } else {
            "internal static"
        };
        self.line(&format!(
            "{modifiers} {asyncness}{ret} {name}({})",
            params.join(", ")
        ));
        self.block(&m.body);
    }

    fn block(&mut self, b: &Block) {
        self.line("{");
        self.indent += 1;
        for s in b {
            self.stmt(s);
        }
        self.indent -= 1;
        self.line("}");
    }

    fn handler_block(&mut self, b: &Block) {
        let saved = self.in_handler;
        self.in_handler = true;
        self.block(b);
        self.in_handler = saved;
    }

    fn stmt(&mut self, s: &Stmt) {
        match s {
            Stmt::Local(ty, name, init) => {
                let init = self.expr(init);
                self.line(&format!("{} {name} = {init};", ty.cs(self.opts.mono)));
            }
            Stmt::Assign(target, op, value) => {
                let t = self.expr(target);
                let v = self.expr(value);
                self.line(&format!("{t} {} {v};", op.cs()));
            }
            Stmt::Expr(e) => {
                let e = self.expr(e);
                self.line(&format!("{e};"));
            }
            Stmt::If(c, then, els) => {
                let c = self.expr(c);
                self.line(&format!("if ({c})"));
                self.block(then);
                if !els.is_empty() {
                    self.line("else");
                    self.block(els);
                }
            }
            Stmt::While {
                counter,
                bound,
                cond,
                body,
            } => {
                self.line(&format!("int {counter} = 0;"));
                let extra = self.loop_cond(cond);
                self.line(&format!("while ({counter}++ < {bound}{extra})"));
                self.block(body);
            }
            Stmt::DoWhile {
                counter,
                bound,
                body,
                cond,
            } => {
                self.line(&format!("int {counter} = 0;"));
                self.line("do");
                self.block(body);
                let extra = self.loop_cond(cond);
                self.line(&format!("while (++{counter} < {bound}{extra});"));
            }
            Stmt::For {
                var,
                cap,
                limit,
                body,
            } => {
                let bound = match limit {
                    Some(l) => format!("Math.Min({}, {cap})", self.expr(l)),
                    None => cap.to_string(),
                };
                self.line(&format!("for (int {var} = 0; {var} < {bound}; {var}++)"));
                self.block(body);
            }
            Stmt::Foreach {
                ty,
                var,
                coll,
                body,
            } => {
                let c = self.expr(coll);
                self.line(&format!("foreach ({} {var} in {c})", ty.cs(self.opts.mono)));
                self.block(body);
            }
            Stmt::Break => self.line("break;"),
            Stmt::Continue => self.line("continue;"),
            Stmt::Return(None) => self.line("return;"),
            Stmt::Return(Some(e)) => {
                let e = self.expr(e);
                self.line(&format!("return {e};"));
            }
            Stmt::Throw(e) => {
                let e = self.expr(e);
                self.line(&format!("throw {e};"));
            }
            Stmt::Rethrow => self.line("throw;"),
            Stmt::Try {
                body,
                catches,
                finally,
            } => {
                self.line("try");
                self.block(body);
                for c in catches {
                    match (&c.exc, &c.var) {
                        (Some(e), Some(v)) => self.line(&format!("catch ({} {v})", e.name())),
                        (Some(e), None) => self.line(&format!("catch ({})", e.name())),
                        (None, _) => self.line("catch"),
                    }
                    self.handler_block(&c.body);
                }
                if let Some(f) = finally {
                    self.line("finally");
                    self.handler_block(f);
                }
            }
            Stmt::Block(b) => self.block(b),
            Stmt::Loop(b) => {
                self.line("while (true)");
                self.block(b);
            }
            Stmt::Switch { subject, sections } => {
                let e = self.expr(subject);
                // mcs folds a subject such as `0 & x` or `x * 0` to a constant and then jumps
                // to the wrong section or emits invalid IL (samples/ORACLE-EXCEPTIONS.md,
                // oracle-fault-folded-switch): Mono switches on a local holding the value.
                let e = if self.opts.mono && !matches!(subject.kind, ExprKind::Local(_)) {
                    self.switch_temps += 1;
                    let t = format!("sw{}", self.switch_temps);
                    self.line("{");
                    self.indent += 1;
                    self.line(&format!("{} {t} = {e};", subject.ty.cs(true)));
                    t
                } else {
                    e
                };
                self.line(&format!("switch ({e})"));
                self.line("{");
                self.indent += 1;
                for sec in sections {
                    for l in &sec.labels {
                        match l {
                            Some(l) => {
                                let l = self.label(l);
                                self.line(&format!("case {l}:"));
                            }
                            None => self.line("default:"),
                        }
                    }
                    self.indent += 1;
                    for s in &sec.body {
                        self.stmt(s);
                    }
                    self.indent -= 1;
                }
                self.indent -= 1;
                self.line("}");
                if self.opts.mono && !matches!(subject.kind, ExprKind::Local(_)) {
                    self.indent -= 1;
                    self.line("}");
                }
            }
            Stmt::GotoCase(Some(l)) => {
                let l = self.label(l);
                self.line(&format!("goto case {l};"));
            }
            Stmt::GotoCase(None) => self.line("goto default;"),
            Stmt::Checked(checked, b) => {
                self.line(if *checked { "checked" } else { "unchecked" });
                let saved = self.checked;
                self.checked = *checked;
                self.block(b);
                self.checked = saved;
            }
        }
    }

    /// A case label: always the literal (`nonconst` must not turn it into a field read).
    fn label(&mut self, l: &Lit) -> String {
        match l {
            Lit::Int(v) => v.to_string(),
            Lit::Long(v) => format!("{v}L"),
            Lit::Bool(b) => b.to_string(),
            Lit::Str(s) => expr::string_literal(s),
        }
    }

    fn loop_cond(&mut self, cond: &Option<Expr>) -> String {
        match cond {
            Some(c) => format!(" && {}", self.expr_at(c, expr::P_AND + 1)),
            None => String::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gen::{generate, Size};

    /// Checks that brackets match outside string literals (regular and interpolated ones, whose
    /// holes are code again); Err says where it goes wrong.
    fn balanced(text: &str) -> Result<(), String> {
        fn code(c: &[char], mut i: usize, hole: bool) -> Result<usize, String> {
            let mut stack = Vec::new();
            while i < c.len() {
                match c[i] {
                    '"' => i = string(c, i + 1)?,
                    '$' if c.get(i + 1) == Some(&'"') => i = interpolated(c, i + 2)?,
                    '(' | '[' | '{' => stack.push(c[i]),
                    '}' if hole && stack.is_empty() => return Ok(i + 1),
                    ')' | ']' | '}' => {
                        let open = stack.pop().ok_or(format!("unopened {} at {i}", c[i]))?;
                        if !matches!((open, c[i]), ('(', ')') | ('[', ']') | ('{', '}')) {
                            return Err(format!("{open} closed by {} at {i}", c[i]));
                        }
                    }
                    _ => {}
                }
                i += 1;
            }
            if hole || !stack.is_empty() {
                return Err("unclosed brackets".into());
            }
            Ok(i)
        }
        /// Index of the closing quote.
        fn string(c: &[char], mut i: usize) -> Result<usize, String> {
            while i < c.len() {
                match c[i] {
                    '\\' => i += 2,
                    '"' => return Ok(i),
                    '\n' => return Err("newline in a string".into()),
                    _ => i += 1,
                }
            }
            Err("unclosed string".into())
        }
        fn interpolated(c: &[char], mut i: usize) -> Result<usize, String> {
            while i < c.len() {
                match c[i] {
                    '\\' => i += 2,
                    '"' => return Ok(i),
                    '{' if c.get(i + 1) == Some(&'{') => i += 2,
                    '{' => i = code(c, i + 1, true)?,
                    '\n' => return Err("newline in a string".into()),
                    _ => i += 1,
                }
            }
            Err("unclosed interpolated string".into())
        }
        let chars: Vec<char> = text.chars().collect();
        code(&chars, 0, false).map(|_| ())
    }

    #[test]
    fn every_rendering_is_balanced() {
        let mut knobs = vec![Knobs::NONE, Knobs::combined(), Knobs::sync_only()];
        knobs.extend(Knobs::singles().into_iter().map(|(_, k)| k));
        for seed in 0..25 {
            let p = generate(seed, Size::Medium);
            for k in &knobs {
                for mono in [false, true] {
                    let ns = mono.then(|| "N".to_string());
                    let text = render(
                        &p,
                        &RenderOpts {
                            knobs: *k,
                            mono,
                            namespace: ns,
                        },
                    );
                    assert_eq!(balanced(&text), Ok(()), "seed {seed}, {}", k.name());
                    assert_eq!(text.matches("static class Program").count(), 1);
                }
            }
        }
        assert!(balanced("f(\"(\", $\"{(a ? \"}\" : b)}{{\")").is_ok());
        assert!(balanced("f(\"(\"").is_err());
        assert!(balanced("{ ( }").is_err());
    }

    #[test]
    fn spill_leaves_no_await_inside_an_expression() {
        for seed in 0..25 {
            let p = spill_program(&generate(seed, Size::Medium));
            for m in &p.methods {
                walk_exprs(&m.body, &mut |e| {
                    for c in e.children() {
                        assert!(
                            !matches!(c.kind, ExprKind::Await(_)),
                            "seed {seed}: an await operand in {}",
                            m.name
                        );
                    }
                });
            }
        }
    }

    #[test]
    fn knob_names() {
        assert_eq!(Knobs::NONE.name(), "original");
        assert_eq!(
            Knobs::combined().name(),
            "spill+nonconst+finally-sync+checked-lambda"
        );
        assert_eq!(Knobs::sync_only().name(), "sync");
    }
}
