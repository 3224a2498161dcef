//! Expressions as C# text, parenthesized by precedence (C# spec §12.4.2).

use super::{Renderer, K_FALSE, K_TRUE};
use crate::ast::*;

pub const P_LOWEST: u8 = 0;
pub const P_COND: u8 = 2;
pub const P_OR: u8 = 3;
pub const P_AND: u8 = 4;
pub const P_BIT_OR: u8 = 5;
pub const P_BIT_XOR: u8 = 6;
pub const P_BIT_AND: u8 = 7;
pub const P_EQ: u8 = 8;
pub const P_REL: u8 = 9;
pub const P_SHIFT: u8 = 10;
pub const P_ADD: u8 = 11;
pub const P_MUL: u8 = 12;
pub const P_UNARY: u8 = 13;
pub const P_PRIMARY: u8 = 14;

fn binop_prec(op: BinOp) -> u8 {
    match op {
        BinOp::Or => P_OR,
        BinOp::And => P_AND,
        BinOp::BitOr => P_BIT_OR,
        BinOp::BitXor => P_BIT_XOR,
        BinOp::BitAnd => P_BIT_AND,
        BinOp::Eq | BinOp::Ne => P_EQ,
        BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => P_REL,
        BinOp::Shl | BinOp::Shr => P_SHIFT,
        BinOp::Add | BinOp::Sub => P_ADD,
        BinOp::Mul | BinOp::Div | BinOp::Rem => P_MUL,
    }
}

pub fn string_literal(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            _ => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A value of a constant expression.
#[derive(Clone, Debug, PartialEq)]
enum Const {
    Int(i64),
    Bool(bool),
    Str(String),
}

/// Evaluates a constant expression the way the C# compiler folds it (checked arithmetic; an
/// overflow or a division by zero is a compile error, so `None`).
fn const_eval(e: &Expr) -> Option<Const> {
    let fits = |v: i64| match e.ty {
        Ty::Int => i32::try_from(v).is_ok(),
        _ => true,
    };
    match &e.kind {
        ExprKind::Lit(Lit::Int(v)) => Some(Const::Int(*v as i64)),
        ExprKind::Lit(Lit::Long(v)) => Some(Const::Int(*v)),
        ExprKind::Lit(Lit::Bool(b)) => Some(Const::Bool(*b)),
        ExprKind::Lit(Lit::Str(s)) => Some(Const::Str(s.clone())),
        ExprKind::Cast(a) => match const_eval(a)? {
            Const::Int(v) if fits(v) => Some(Const::Int(v)),
            _ => None,
        },
        ExprKind::Unary(UnOp::Neg, a) => match const_eval(a)? {
            Const::Int(v) => v.checked_neg().filter(|v| fits(*v)).map(Const::Int),
            _ => None,
        },
        ExprKind::Unary(UnOp::Not, a) => match const_eval(a)? {
            Const::Bool(b) => Some(Const::Bool(!b)),
            _ => None,
        },
        ExprKind::Unary(UnOp::BitNot, a) => match const_eval(a)? {
            Const::Int(v) => Some(Const::Int(!v)),
            _ => None,
        },
        ExprKind::Cond(c, a, b) => match const_eval(c)? {
            Const::Bool(true) => const_eval(a),
            Const::Bool(false) => const_eval(b),
            _ => None,
        },
        ExprKind::Binary(op, a, b) => {
            let (x, y) = (const_eval(a)?, const_eval(b)?);
            let v = match (x, y) {
                (Const::Int(x), Const::Int(y)) => match op {
                    BinOp::Add => Const::Int(x.checked_add(y)?),
                    BinOp::Sub => Const::Int(x.checked_sub(y)?),
                    BinOp::Mul => Const::Int(x.checked_mul(y)?),
                    BinOp::Div => Const::Int(x.checked_div(y)?),
                    BinOp::Rem => Const::Int(x.checked_rem(y)?),
                    BinOp::Lt => Const::Bool(x < y),
                    BinOp::Le => Const::Bool(x <= y),
                    BinOp::Gt => Const::Bool(x > y),
                    BinOp::Ge => Const::Bool(x >= y),
                    BinOp::Eq => Const::Bool(x == y),
                    BinOp::Ne => Const::Bool(x != y),
                    BinOp::BitAnd => Const::Int(x & y),
                    BinOp::BitOr => Const::Int(x | y),
                    BinOp::BitXor => Const::Int(x ^ y),
                    // The count is masked to the shifted operand's width; the result wraps.
                    BinOp::Shl | BinOp::Shr if e.ty == Ty::Int => {
                        let (x, c) = (x as i32, (y & 31) as u32);
                        Const::Int(if *op == BinOp::Shl { x << c } else { x >> c } as i64)
                    }
                    BinOp::Shl => Const::Int(x << (y & 63)),
                    BinOp::Shr => Const::Int(x >> (y & 63)),
                    BinOp::And | BinOp::Or => return None,
                },
                (Const::Bool(x), Const::Bool(y)) => match op {
                    BinOp::And | BinOp::BitAnd => Const::Bool(x && y),
                    BinOp::Or | BinOp::BitOr => Const::Bool(x || y),
                    BinOp::BitXor => Const::Bool(x != y),
                    BinOp::Eq => Const::Bool(x == y),
                    BinOp::Ne => Const::Bool(x != y),
                    _ => return None,
                },
                (Const::Str(x), Const::Str(y)) => match op {
                    BinOp::Add => Const::Str(x + &y),
                    BinOp::Eq => Const::Bool(x == y),
                    BinOp::Ne => Const::Bool(x != y),
                    _ => return None,
                },
                _ => return None,
            };
            match v {
                Const::Int(i) if !fits(i) => None,
                v => Some(v),
            }
        }
        _ => None,
    }
}

/// Contains `x & 0` or `x & false` (either order) with `x` not a constant: mcs folds it.
fn folds_to_zero(e: &Expr) -> bool {
    let zero = |x: &Expr| {
        matches!(
            const_eval(x),
            Some(Const::Int(0)) | Some(Const::Bool(false))
        )
    };
    let mut found = false;
    e.walk(&mut |x| {
        if let ExprKind::Binary(BinOp::BitAnd, a, b) = &x.kind {
            found |= (zero(a) && !b.is_const()) || (zero(b) && !a.is_const());
        }
    });
    found
}

impl Renderer<'_> {
    pub(super) fn expr(&mut self, e: &Expr) -> String {
        self.expr_at(e, P_LOWEST)
    }

    /// `e`, parenthesized when it binds less tightly than `min`.
    pub(super) fn expr_at(&mut self, e: &Expr, min: u8) -> String {
        let (text, prec) = self.expr_prec(e);
        if prec < min {
            format!("({text})")
        } else {
            text
        }
    }

    /// An operand that must not start with `-` (after `-` or a cast, `--` would be a decrement).
    fn no_leading_minus(&mut self, e: &Expr, min: u8) -> String {
        let t = self.expr_at(e, min);
        if t.starts_with('-') {
            format!("({t})")
        } else {
            t
        }
    }

    fn args(&mut self, args: &[Expr]) -> String {
        args.iter()
            .map(|a| self.expr(a))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// A static member of `Program` named from where the text is: qualified inside a class.
    fn program_member(&self, name: &str) -> String {
        if self.in_class {
            format!("Program.{name}")
        } else {
            name.to_string()
        }
    }

    fn blocks_here(&self) -> bool {
        self.opts.knobs.sync || (self.opts.knobs.finally_sync && self.in_handler)
    }

    fn expr_prec(&mut self, e: &Expr) -> (String, u8) {
        // nonconst: a constant condition (`true`, `1 < 2`) would let mcs drop an await in
        // the code it makes dead (oracle fault 4); a static field read has the same value.
        if self.opts.knobs.nonconst && e.ty == Ty::Bool {
            if let Some(Const::Bool(b)) = const_eval(e) {
                return (
                    self.program_member(if b { K_TRUE } else { K_FALSE }),
                    P_PRIMARY,
                );
            }
        }
        let mono = self.opts.mono;
        match &e.kind {
            ExprKind::Lit(lit) => match lit {
                Lit::Int(v) => (v.to_string(), if *v < 0 { P_UNARY } else { P_PRIMARY }),
                Lit::Long(v) => (format!("{v}L"), if *v < 0 { P_UNARY } else { P_PRIMARY }),
                Lit::Bool(b) => (b.to_string(), P_PRIMARY),
                Lit::Str(s) => (string_literal(s), P_PRIMARY),
            },
            ExprKind::Local(n) => (n.clone(), P_PRIMARY),
            // A class's static is named with its class already (`C0.count`).
            ExprKind::Static(n) if n.contains('.') => (n.clone(), P_PRIMARY),
            ExprKind::Static(n) => (self.program_member(n), P_PRIMARY),
            ExprKind::This => ("this".into(), P_PRIMARY),
            ExprKind::Null => ("null".into(), P_PRIMARY),
            ExprKind::Member(o, n) => (format!("{}.{n}", self.expr_at(o, P_PRIMARY)), P_PRIMARY),
            ExprKind::MCall(n, args) => (
                format!(
                    "{}.{n}({})",
                    self.expr_at(&args[0], P_PRIMARY),
                    self.args(&args[1..])
                ),
                P_PRIMARY,
            ),
            ExprKind::New(c, _, args) => (format!("new {c}({})", self.args(args)), P_PRIMARY),
            ExprKind::Unary(op, a) => {
                let sym = match op {
                    UnOp::Neg => "-",
                    UnOp::Not => "!",
                    UnOp::BitNot => "~",
                };
                (
                    format!("{sym}{}", self.no_leading_minus(a, P_UNARY)),
                    P_UNARY,
                )
            }
            // Mono's JIT throws DivideByZeroException for `int.MinValue / (a - b)` when the
            // divisor is -1 (for some divisor expressions only); .NET throws OverflowException.
            // The oracle divides through helpers that check first (render/mod.rs, `helpers`).
            ExprKind::Binary(op @ (BinOp::Div | BinOp::Rem), a, b)
                if mono && matches!(e.ty, Ty::Int | Ty::Long) =>
            {
                let f = self.program_member(if *op == BinOp::Div { "DivOf" } else { "RemOf" });
                (
                    format!("{f}({}, {})", self.expr(a), self.expr(b)),
                    P_PRIMARY,
                )
            }
            ExprKind::Binary(op, a, b) => {
                let p = binop_prec(*op);
                let l = self.expr_at(a, p);
                let r = self.expr_at(b, p + 1);
                // mcs reads `F(a < b, c > d)` as a generic `a<b, c>` (C# does not: the token
                // after `>` decides, ECMA-334 §6.2.5): comparisons (and shifts, to be safe) go in
                // parentheses for it.
                if mono && matches!(op, BinOp::Lt | BinOp::Gt | BinOp::Shl | BinOp::Shr) {
                    return (format!("({l} {} {r})", op.cs()), P_PRIMARY);
                }
                (format!("{l} {} {r}", op.cs()), p)
            }
            ExprKind::Cond(c, a, b) => {
                let c = self.expr_at(c, P_COND + 1);
                let a = self.expr_at(a, P_COND);
                let b = self.expr_at(b, P_COND);
                (format!("{c} ? {a} : {b}"), P_COND)
            }
            ExprKind::Call(name, args) => (
                format!("{}({})", self.program_member(name), self.args(args)),
                P_PRIMARY,
            ),
            ExprKind::Lib(f, args) => self.lib(*f, args, mono),
            ExprKind::Await(a) => {
                if self.blocks_here() {
                    (
                        format!("{}.GetAwaiter().GetResult()", self.expr_at(a, P_PRIMARY)),
                        P_PRIMARY,
                    )
                } else {
                    (format!("await {}", self.expr_at(a, P_UNARY)), P_UNARY)
                }
            }
            ExprKind::Index(a, i) => (
                format!("{}[{}]", self.expr_at(a, P_PRIMARY), self.expr(i)),
                P_PRIMARY,
            ),
            ExprKind::NewArray(items) => {
                let elem = e.ty.elem().cs(mono);
                if items.is_empty() {
                    (format!("new {elem}[0]"), P_PRIMARY)
                } else {
                    // mcs folds an element such as `--p & 0` to the constant 0 of the array's
                    // static data and never evaluates `--p` (seed 658): such elements go through
                    // an identity helper, which mcs does not fold.
                    let items: Vec<String> = items
                        .iter()
                        .map(|i| {
                            if mono && folds_to_zero(i) {
                                format!("{}({})", self.program_member("Keep"), self.expr(i))
                            } else {
                                self.expr(i)
                            }
                        })
                        .collect();
                    (
                        format!("new {elem}[] {{ {} }}", items.join(", ")),
                        P_PRIMARY,
                    )
                }
            }
            ExprKind::NewList(items) => {
                let ty = e.ty.cs(mono);
                if items.is_empty() {
                    (format!("new {ty}()"), P_PRIMARY)
                } else {
                    (format!("new {ty} {{ {} }}", self.args(items)), P_PRIMARY)
                }
            }
            ExprKind::NewExc(exc, msg) => {
                (format!("new {}({})", exc.name(), self.expr(msg)), P_PRIMARY)
            }
            ExprKind::NewCts => ("new CancellationTokenSource()".into(), P_PRIMARY),
            ExprKind::NewTcs => (format!("new {}()", e.ty.cs(mono)), P_PRIMARY),
            ExprKind::Interp(parts) => {
                let mut s = String::from("$\"");
                for p in parts {
                    match p {
                        Part::Text(t) => {
                            let lit = string_literal(&t.replace('{', "{{").replace('}', "}}"));
                            s.push_str(&lit[1..lit.len() - 1]);
                        }
                        // A `?:` in a hole needs parentheses: its `:` would start a format.
                        Part::Hole(h) => {
                            s.push_str(&format!("{{{}}}", self.expr_at(h, P_COND + 1)))
                        }
                    }
                }
                s.push('"');
                (s, P_PRIMARY)
            }
            ExprKind::IncDec(op, a) => {
                let t = self.expr_at(a, P_PRIMARY);
                match op {
                    IncDec::PostInc => (format!("{t}++"), P_PRIMARY),
                    IncDec::PostDec => (format!("{t}--"), P_PRIMARY),
                    IncDec::PreInc => (format!("++{t}"), P_UNARY),
                    IncDec::PreDec => (format!("--{t}"), P_UNARY),
                }
            }
            ExprKind::Cast(a) => (
                format!("({}){}", e.ty.cs(mono), self.no_leading_minus(a, P_UNARY)),
                P_UNARY,
            ),
            ExprKind::Lambda(l) => (self.lambda(l), P_LOWEST),
            ExprKind::Invoke(args) => (
                format!(
                    "{}({})",
                    self.expr_at(&args[0], P_PRIMARY),
                    self.args(&args[1..])
                ),
                P_PRIMARY,
            ),
            ExprKind::MethodGroup(n) => (self.program_member(n), P_PRIMARY),
        }
    }

    /// A lambda on one line; a block body is rendered by a renderer of its own (not in a
    /// handler: its awaits are the lambda's, which `finally-sync` does not concern).
    fn lambda(&mut self, l: &Lambda) -> String {
        let names: Vec<&str> = l.params.iter().map(|p| p.name.as_str()).collect();
        let params = if names.len() == 1 {
            names[0].to_string()
        } else {
            format!("({})", names.join(", "))
        };
        let asyncness = if l.is_async { "async " } else { "" };
        let wrap = self.opts.knobs.checked_lambda && self.checked;
        let body = match &l.body {
            // A nested lambda gets its own `checked` where its body is.
            LambdaBody::Expr(e) if wrap && !matches!(e.kind, ExprKind::Lambda(_)) => {
                format!("checked({})", self.expr(e))
            }
            LambdaBody::Expr(e) => self.expr(e),
            LambdaBody::Block(b) => {
                let mut r = super::Renderer {
                    opts: self.opts,
                    out: String::new(),
                    indent: 0,
                    in_handler: false,
                    switch_temps: self.switch_temps,
                    in_class: self.in_class,
                    checked: self.checked,
                };
                for s in b {
                    r.stmt(s);
                }
                self.switch_temps = r.switch_temps;
                let lines: Vec<&str> = r.out.lines().map(|l| l.trim()).collect();
                if wrap {
                    format!("{{ checked {{ {} }} }}", lines.join(" "))
                } else {
                    format!("{{ {} }}", lines.join(" "))
                }
            }
        };
        format!("{asyncness}{params} => {body}")
    }

    fn lib(&mut self, f: Lib, args: &[Expr], mono: bool) -> (String, u8) {
        let recv = |r: &mut Self| r.expr_at(&args[0], P_PRIMARY);
        let text = match f {
            Lib::MathMax => format!("Math.Max({})", self.args(args)),
            Lib::MathMin => format!("Math.Min({})", self.args(args)),
            Lib::MathAbs => format!("Math.Abs({})", self.args(args)),
            Lib::StrLength | Lib::ArrLength => format!("{}.Length", recv(self)),
            Lib::ToUpper => format!("{}.ToUpper()", recv(self)),
            Lib::ToLower => format!("{}.ToLower()", recv(self)),
            Lib::ToStr => format!("{}.ToString()", recv(self)),
            Lib::Join => format!("string.Join({})", self.args(args)),
            Lib::ListCount => format!("{}.Count", recv(self)),
            Lib::ListAdd => format!("{}.Add({})", recv(self), self.expr(&args[1])),
            Lib::FromResult => format!("Task.FromResult({})", self.args(args)),
            Lib::Delay | Lib::DelayToken => format!("Task.Delay({})", self.args(args)),
            Lib::Yield => "Task.Yield()".into(),
            Lib::CompletedTask => "Task.CompletedTask".into(),
            Lib::WhenAll => format!("Task.WhenAll({})", self.args(args)),
            Lib::WhenAny => format!("Task.WhenAny({})", self.args(args)),
            Lib::Result => format!("{}.Result", recv(self)),
            Lib::GetResult => format!("{}.GetAwaiter().GetResult()", recv(self)),
            Lib::Wait => format!("{}.Wait()", recv(self)),
            Lib::ConfigureAwait => format!("{}.ConfigureAwait(false)", recv(self)),
            // mcs's stand-in for the non-generic ValueTask is a Task already.
            Lib::AsTask if mono && args[0].ty == Ty::ValueTask(None) => {
                return self.expr_prec(&args[0])
            }
            Lib::AsTask => format!("{}.AsTask()", recv(self)),
            Lib::TokenNone => "CancellationToken.None".into(),
            Lib::CtsToken => format!("{}.Token", recv(self)),
            Lib::CtsCancel => format!("{}.Cancel()", recv(self)),
            Lib::ThrowIfCancel => format!("{}.ThrowIfCancellationRequested()", recv(self)),
            Lib::IsCancelRequested => format!("{}.IsCancellationRequested", recv(self)),
            Lib::TcsTask => format!("{}.Task", recv(self)),
            Lib::TrySetResult => format!("{}.TrySetResult({})", recv(self), self.expr(&args[1])),
            Lib::Message => format!("{}.Message", recv(self)),
            Lib::InnerCount => format!("{}.InnerExceptions.Count", recv(self)),
            Lib::InnerMessage => format!("{}.InnerException.Message", recv(self)),
            Lib::Status => format!("{}.Status", recv(self)),
            Lib::FaultCount => {
                let t = recv(self);
                format!("({t}.IsFaulted ? {t}.Exception.InnerExceptions.Count : 0)")
            }
            Lib::WriteLine => format!("Console.WriteLine({})", self.args(args)),
            Lib::Trace => {
                let f = match args[1].ty {
                    Ty::Int => "Int",
                    Ty::Long => "Long",
                    Ty::Bool => "Bool",
                    _ => "Str",
                };
                format!("Trace.{f}({})", self.args(args))
            }
            Lib::TaskRun => format!("Task.Run({})", self.args(args)),
            Lib::Select => format!("{}.Select({})", recv(self), self.expr(&args[1])),
            Lib::Where => format!("{}.Where({})", recv(self), self.expr(&args[1])),
            Lib::ToList => format!("{}.ToList()", recv(self)),
            Lib::Sum => format!("{}.Sum()", recv(self)),
            Lib::LinqCount => format!("{}.Count()", recv(self)),
        };
        (text, P_PRIMARY)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn const_folding_follows_csharp() {
        let one = Expr::int(1);
        let lt = Expr::binary(BinOp::Lt, one.clone(), Expr::int(2), Ty::Bool);
        assert_eq!(const_eval(&lt), Some(Const::Bool(true)));
        let big = Expr::binary(BinOp::Add, Expr::int(i32::MAX), one, Ty::Int);
        assert_eq!(
            const_eval(&big),
            None,
            "constant overflow is a compile error, not a value"
        );
        let local = Expr::local("x", Ty::Int);
        assert_eq!(const_eval(&local), None);
    }
}
