//! Typed expressions.
//!
//! Rules kept here: arithmetic never has two constant operands (a constant overflow is CS0220,
//! a constant zero divisor CS0020, a constant conversion out of range CS0221); pure code reads
//! no static field (Body::new leaves them out of its scopes); a string expression reads at most
//! one string that can grow (a "source": a variable, a call, a message), so that strings grow
//! linearly however often a loop runs.

use super::body::{Body, Var};
use crate::ast::*;

const INT_EXTREMES: [i32; 7] = [
    i32::MAX,
    i32::MIN,
    i32::MAX - 1,
    65536,
    46341,
    1_000_000,
    -1_000_000,
];
const LONG_EXTREMES: [i64; 5] = [i64::MAX, i64::MIN, 4_294_967_296, 1 << 40, -(1 << 33)];
const WORDS: [&str; 8] = ["a", "bc", "def", "x1", "Q", "zz", "", "Mix"];
const DIVISORS: [i32; 8] = [1, 2, 3, 5, 7, 10, -1, -3];

impl Body<'_> {
    pub fn expr(&mut self, ty: &Ty, d: u32) -> Expr {
        match ty {
            Ty::Int => self.int_expr(d),
            Ty::Long => self.long_expr(d),
            Ty::Bool => self.bool_expr(d),
            Ty::Str => self.str_expr(d, true),
            Ty::Token => self.token_expr(),
            Ty::Array(_) => self.array_arg(),
            Ty::Class(_) => {
                let c = self.g.class_index(ty);
                self.object(c, d)
                    .expect("a constructor asks for objects it may not make")
            }
            // A Task<int> member holds a task that runs no effect (or a completed one).
            Ty::Task(Some(t)) if **t == Ty::Int => self.pure_task(&Ty::Int),
            Ty::Func(ps, r) if *ps == [Ty::Int] && **r == Ty::Int => self.func_arg(),
            other => panic!("gen: no expression of type {other:?}"),
        }
    }

    pub fn literal(&mut self, ty: &Ty) -> Expr {
        match ty {
            Ty::Int => {
                if self.chance(12) {
                    Expr::int(*self.rng().pick(&INT_EXTREMES))
                } else {
                    Expr::int(self.rng().range(-3, 12) as i32)
                }
            }
            Ty::Long => {
                if self.chance(15) {
                    Expr::long(*self.rng().pick(&LONG_EXTREMES))
                } else {
                    Expr::long(self.rng().range(-3, 3000))
                }
            }
            Ty::Bool => Expr::bool(self.chance(50)),
            Ty::Str => {
                let w: &str = self.rng().pick::<&str>(&WORDS);
                Expr::str(w)
            }
            other => panic!("gen: no literal of type {other:?}"),
        }
    }

    /// A variable of type `ty`, if one is in scope.
    pub(super) fn var_of(&mut self, ty: &Ty) -> Option<Expr> {
        let vs = self.vars_where(|v| v.ty == *ty);
        if vs.is_empty() {
            None
        } else {
            Some(self.rng().pick(&vs).read())
        }
    }

    pub(super) fn leaf(&mut self, ty: &Ty) -> Expr {
        if self.chance(70) {
            if let Some(v) = self.var_of(ty) {
                return v;
            }
        }
        self.literal(ty)
    }

    /// Picks among options by weight; an option that cannot be made here yields None and
    /// another is tried; the fallback is a leaf.
    pub(super) fn choose(
        &mut self,
        ty: &Ty,
        weights: &[u32],
        mut make: impl FnMut(&mut Self, usize) -> Option<Expr>,
    ) -> Expr {
        if weights.iter().any(|w| *w > 0) {
            for _ in 0..6 {
                let k = self.rng().weighted(weights);
                if let Some(e) = make(self, k) {
                    return e;
                }
            }
        }
        self.leaf(ty)
    }

    pub(super) fn int_expr(&mut self, d: u32) -> Expr {
        let deep = |w: u32| if d > 0 { w } else { 0 };
        let weights = [
            4,
            9,
            deep(5),
            deep(1),
            deep(1),
            deep(5),
            deep(1),
            deep(2),
            deep(2),
            deep(1),
            2,
            if self.is_async { deep(1) } else { 0 },
            3,
            deep(3),
            deep(1),
            if self.objects_ok() { deep(4) } else { 0 },
            if self.g.lambdas { deep(3) } else { 0 },
        ];
        self.choose(&Ty::Int, &weights, |s, k| match k {
            0 => Some(s.literal(&Ty::Int)),
            1 => s.var_of(&Ty::Int),
            2 => s.arith(&Ty::Int, d),
            3 => {
                let a = s.int_expr(d - 1);
                (!a.is_const()).then(|| Expr::new(ExprKind::Unary(UnOp::Neg, Box::new(a)), Ty::Int))
            }
            4 => s.cond_expr(&Ty::Int, d),
            5 => s.call_value(&Ty::Int, d),
            6 => Some(s.math(&Ty::Int, d)),
            7 => s.length(d),
            8 => s.element_read(&Ty::Int),
            9 => {
                let a = s.long_expr(d - 1);
                (!a.is_const()).then(|| Expr::new(ExprKind::Cast(Box::new(a)), Ty::Int))
            }
            10 => s.increment(&Ty::Int),
            11 => Some(s.completed(&Ty::Int, d)),
            12 => s.pending_value(&Ty::Int),
            13 => Some(s.bitwise(&Ty::Int, d)),
            14 => Some(s.bit_not(&Ty::Int, d)),
            15 => s.member_read(&Ty::Int, d),
            _ => s.invoke_fn(d),
        })
    }

    pub(super) fn long_expr(&mut self, d: u32) -> Expr {
        let deep = |w: u32| if d > 0 { w } else { 0 };
        let weights = [
            4,
            8,
            deep(5),
            deep(3),
            deep(3),
            deep(1),
            1,
            2,
            if self.is_async { deep(1) } else { 0 },
            deep(1),
            deep(2),
            deep(1),
            if self.objects_ok() { deep(2) } else { 0 },
        ];
        self.choose(&Ty::Long, &weights, |s, k| match k {
            0 => Some(s.literal(&Ty::Long)),
            1 => s.var_of(&Ty::Long),
            2 => s.arith(&Ty::Long, d),
            3 => s.call_value(&Ty::Long, d),
            4 => {
                let a = s.int_expr(d - 1);
                (!a.is_const()).then(|| Expr::new(ExprKind::Cast(Box::new(a)), Ty::Long))
            }
            5 => s.cond_expr(&Ty::Long, d),
            6 => s.increment(&Ty::Long),
            7 => s.pending_value(&Ty::Long),
            8 => Some(s.completed(&Ty::Long, d)),
            9 => Some(s.math(&Ty::Long, d)),
            10 => Some(s.bitwise(&Ty::Long, d)),
            11 => Some(s.bit_not(&Ty::Long, d)),
            _ => s.member_read(&Ty::Long, d),
        })
    }

    pub(super) fn bool_expr(&mut self, d: u32) -> Expr {
        let deep = |w: u32| if d > 0 { w } else { 0 };
        let has_token = !self.vars_where(|v| v.ty == Ty::Token).is_empty();
        let weights = [
            1,
            4,
            deep(7),
            deep(3),
            deep(1),
            deep(3),
            deep(1),
            if has_token { 1 } else { 0 },
            2,
            if self.is_async { deep(1) } else { 0 },
            deep(2),
            if self.objects_ok() { deep(2) } else { 0 },
            if self.objects_ok() { 2 } else { 0 },
        ];
        self.choose(&Ty::Bool, &weights, |s, k| match k {
            0 => Some(s.literal(&Ty::Bool)),
            1 => s.var_of(&Ty::Bool),
            2 => {
                let ty = if s.chance(75) { Ty::Int } else { Ty::Long };
                let op = *s.rng().pick(&[
                    BinOp::Lt,
                    BinOp::Le,
                    BinOp::Gt,
                    BinOp::Ge,
                    BinOp::Eq,
                    BinOp::Ne,
                ]);
                let (a, b) = (s.expr(&ty, d - 1), s.expr(&ty, d - 1));
                Some(Expr::binary(op, a, b, Ty::Bool))
            }
            3 => {
                let op = if s.chance(50) { BinOp::And } else { BinOp::Or };
                let (a, b) = (s.bool_expr(d - 1), s.bool_expr(d - 1));
                Some(Expr::binary(op, a, b, Ty::Bool))
            }
            4 => Some(Expr::new(
                ExprKind::Unary(UnOp::Not, Box::new(s.bool_expr(d - 1))),
                Ty::Bool,
            )),
            5 => s.call_value(&Ty::Bool, d),
            6 => {
                let op = if s.chance(50) { BinOp::Eq } else { BinOp::Ne };
                let (a, b) = (s.str_expr(d - 1, true), s.str_expr(d - 1, true));
                Some(Expr::binary(op, a, b, Ty::Bool))
            }
            7 => {
                let t = s.token_expr();
                Some(Expr::lib(Lib::IsCancelRequested, vec![t], Ty::Bool))
            }
            8 => s.pending_value(&Ty::Bool),
            9 => Some(s.completed(&Ty::Bool, d)),
            // `&`, `|`, `^` of bools: both operands run.
            10 => {
                let op = *s.rng().pick(&[BinOp::BitAnd, BinOp::BitOr, BinOp::BitXor]);
                let (a, b) = (s.bool_expr(d - 1), s.bool_expr(d - 1));
                Some(Expr::binary(op, a, b, Ty::Bool))
            }
            11 => s.member_read(&Ty::Bool, d),
            _ => s.identity(),
        })
    }

    /// A string; `src` allows one string source (see the module comment).
    pub fn str_expr(&mut self, d: u32, src: bool) -> Expr {
        let deep = |w: u32| if d > 0 { w } else { 0 };
        let srcw = |w: u32| if src { w } else { 0 };
        let weights = [
            4,
            srcw(4),
            deep(4),
            deep(3),
            deep(1),
            deep(2),
            srcw(deep(1)),
            srcw(deep(2)),
            srcw(3),
            srcw(1),
            if self.objects_ok() { srcw(deep(2)) } else { 0 },
        ];
        self.choose(&Ty::Str, &weights, |s, k| match k {
            0 => Some(s.literal(&Ty::Str)),
            1 => s.var_of(&Ty::Str),
            2 => {
                // s + x: the right operand is no string source.
                let a = s.str_expr(d - 1, src);
                let ty = s.scalar_ty();
                let b = if ty == Ty::Str {
                    s.literal(&Ty::Str)
                } else {
                    s.expr(&ty, d - 1)
                };
                Some(Expr::binary(BinOp::Add, a, b, Ty::Str))
            }
            3 => Some(s.interpolation(d, src)),
            4 => {
                let f = if s.chance(50) {
                    Lib::ToUpper
                } else {
                    Lib::ToLower
                };
                let a = s.str_expr(d - 1, src);
                Some(Expr::lib(f, vec![a], Ty::Str))
            }
            5 => {
                let ty = if s.chance(70) {
                    Ty::Int
                } else {
                    s.rng().pick(&[Ty::Long, Ty::Bool]).clone()
                };
                let a = s.expr(&ty, d - 1);
                Some(Expr::lib(Lib::ToStr, vec![a], Ty::Str))
            }
            6 => {
                let lists = s.vars_where(|v| matches!(v.ty, Ty::List(_)));
                if lists.is_empty() {
                    return None;
                }
                let l = s.rng().pick(&lists).read();
                Some(Expr::lib(Lib::Join, vec![Expr::str(","), l], Ty::Str))
            }
            7 => s.call_value(&Ty::Str, d),
            8 => {
                let es = s.vars_where(|v| matches!(v.ty, Ty::Exc(_)));
                if es.is_empty() {
                    return None;
                }
                let e = s.rng().pick(&es).read();
                Some(Expr::lib(Lib::Message, vec![e], Ty::Str))
            }
            9 => s.pending_value(&Ty::Str),
            _ => s.member_read(&Ty::Str, d),
        })
    }

    pub(super) fn interpolation(&mut self, d: u32, src: bool) -> Expr {
        let tag = self.tag();
        let mut parts = vec![Part::Text(format!("{tag}<"))];
        let n = 1 + self.rng().below(3);
        let mut src_left = src;
        for i in 0..n {
            if i > 0 {
                parts.push(Part::Text("|".into()));
            }
            let ty = self.scalar_ty();
            let h = if ty == Ty::Str {
                let h = self.str_expr(d - 1, src_left);
                src_left = false;
                h
            } else {
                self.expr(&ty, d - 1)
            };
            parts.push(Part::Hole(h));
        }
        parts.push(Part::Text(">".into()));
        Expr::new(ExprKind::Interp(parts), Ty::Str)
    }

    pub(super) fn arith(&mut self, ty: &Ty, d: u32) -> Option<Expr> {
        let op = [BinOp::Add, BinOp::Sub, BinOp::Mul, BinOp::Div, BinOp::Rem]
            [self.rng().weighted(&[30, 20, 20, 15, 15])];
        let mut a = self.expr(ty, d - 1);
        let b = if matches!(op, BinOp::Div | BinOp::Rem) {
            // A constant divisor is never zero (CS0020); a computed one sometimes is.
            let b = if self.chance(55) {
                Expr::int(0)
            } else {
                self.expr(ty, d - 1)
            };
            if b.is_const() {
                let v = *self.rng().pick(&DIVISORS);
                if *ty == Ty::Long {
                    Expr::long(v as i64)
                } else {
                    Expr::int(v)
                }
            } else {
                b
            }
        } else {
            self.expr(ty, d - 1)
        };
        if a.is_const() && b.is_const() {
            a = self.var_of(ty)?;
        }
        Some(Expr::binary(op, a, b, ty.clone()))
    }

    /// `& | ^` of two ints or two longs, or a shift by an int count (masked to the width: counts
    /// past it and negative ones are kept on purpose). Never overflows, so two constant operands
    /// are fine (C# folds them).
    pub(super) fn bitwise(&mut self, ty: &Ty, d: u32) -> Expr {
        let op = [
            BinOp::BitAnd,
            BinOp::BitOr,
            BinOp::BitXor,
            BinOp::Shl,
            BinOp::Shr,
        ][self.rng().weighted(&[3, 3, 3, 2, 2])];
        let a = self.expr(ty, d - 1);
        let b = if matches!(op, BinOp::Shl | BinOp::Shr) {
            self.shift_count(d)
        } else {
            self.expr(ty, d - 1)
        };
        Expr::binary(op, a, b, ty.clone())
    }

    /// A shift count: small mostly, sometimes past the width or negative, sometimes computed.
    pub(super) fn shift_count(&mut self, d: u32) -> Expr {
        match self.rng().weighted(&[55, 20, 25]) {
            0 => Expr::int(self.rng().range(0, 8) as i32),
            1 => Expr::int(*self.rng().pick(&[31, 32, 33, 63, 64, 65, -1, -33])),
            _ if d > 0 => self.int_expr(d - 1),
            _ => self.leaf(&Ty::Int),
        }
    }

    pub(super) fn bit_not(&mut self, ty: &Ty, d: u32) -> Expr {
        let a = self.expr(ty, d - 1);
        Expr::new(ExprKind::Unary(UnOp::BitNot, Box::new(a)), ty.clone())
    }

    /// `Math.Max`, `Math.Min`, `Math.Abs` (Abs of MinValue throws OverflowException, with the
    /// same message in Mono and .NET).
    pub(super) fn math(&mut self, ty: &Ty, d: u32) -> Expr {
        let f = [Lib::MathMax, Lib::MathMin, Lib::MathAbs][self.rng().weighted(&[2, 2, 1])];
        let mut args = vec![self.expr(ty, d - 1)];
        if f != Lib::MathAbs {
            args.push(self.expr(ty, d - 1));
        }
        Expr::lib(f, args, ty.clone())
    }

    /// `?:` of scalar types only (the spill transform gives its temporary a literal default).
    pub(super) fn cond_expr(&mut self, ty: &Ty, d: u32) -> Option<Expr> {
        let c = self.bool_expr(d - 1);
        let (a, b) = (self.expr(ty, d - 1), self.expr(ty, d - 1));
        Some(Expr::new(
            ExprKind::Cond(Box::new(c), Box::new(a), Box::new(b)),
            ty.clone(),
        ))
    }

    pub(super) fn length(&mut self, d: u32) -> Option<Expr> {
        let colls = self.vars_where(|v| matches!(v.ty, Ty::Array(_) | Ty::List(_)));
        if !colls.is_empty() && self.chance(60) {
            let v = self.rng().pick(&colls).clone();
            let f = if matches!(v.ty, Ty::Array(_)) {
                Lib::ArrLength
            } else {
                Lib::ListCount
            };
            return Some(Expr::lib(f, vec![v.read()], Ty::Int));
        }
        let s = self.str_expr(d - 1, true);
        Some(Expr::lib(Lib::StrLength, vec![s], Ty::Int))
    }

    pub(super) fn increment(&mut self, ty: &Ty) -> Option<Expr> {
        let vs = self.vars_where(|v| v.assignable && v.ty == *ty);
        if vs.is_empty() {
            return None;
        }
        let v = self.rng().pick(&vs).read();
        let op = *self.rng().pick(&[
            IncDec::PostInc,
            IncDec::PreInc,
            IncDec::PostDec,
            IncDec::PreDec,
        ]);
        Some(Expr::new(ExprKind::IncDec(op, Box::new(v)), ty.clone()))
    }

    /// An element of an array or list variable, as a place to read or assign: a literal index
    /// inside the known length mostly, sometimes one that may be out of range (arrays only:
    /// List's ArgumentOutOfRangeException message differs between Mono and .NET).
    pub fn element(&mut self, v: &Var) -> Option<Expr> {
        let elem = v.ty.elem();
        let idx = match (&v.ty, v.len) {
            (Ty::List(_), Some(n)) if n > 0 => Expr::int(self.rng().below(n) as i32),
            (Ty::List(_), _) => return None,
            (_, Some(n)) => match self.rng().weighted(&[84, 4, 6, 6]) {
                0 => Expr::int(self.rng().below(n) as i32),
                1 => Expr::int(n as i32),
                // A local as the index: `a[k] = k++` must use the index read first.
                2 => self.var_of(&Ty::Int).unwrap_or(Expr::int(0)),
                _ => self.int_expr(1),
            },
            _ if self.chance(70) => Expr::int(0),
            _ => self.int_expr(1),
        };
        Some(Expr::new(
            ExprKind::Index(Box::new(v.read()), Box::new(idx)),
            elem,
        ))
    }

    pub(super) fn element_read(&mut self, ty: &Ty) -> Option<Expr> {
        let vs = self.vars_where(|v| matches!(&v.ty, Ty::Array(e) | Ty::List(e) if **e == *ty));
        if vs.is_empty() {
            return None;
        }
        let v = self.rng().pick(&vs).clone();
        self.element(&v)
    }

    pub(super) fn token_expr(&mut self) -> Expr {
        self.var_of(&Ty::Token)
            .unwrap_or_else(|| Expr::lib(Lib::TokenNone, vec![], Ty::Token))
    }

    pub(super) fn array_arg(&mut self) -> Expr {
        if let Some(a) = self.var_of(&Ty::array_of(Ty::Int)) {
            if self.chance(80) {
                return a;
            }
        }
        let items = (0..3).map(|_| self.int_expr(0)).collect();
        Expr::new(ExprKind::NewArray(items), Ty::array_of(Ty::Int))
    }

    /// `await Task.FromResult(e)` (or `.Result` of it outside async code: it is complete).
    pub(super) fn completed(&mut self, ty: &Ty, d: u32) -> Expr {
        let v = self.expr(ty, d - 1);
        let t = Expr::lib(Lib::FromResult, vec![v], Ty::task_of(ty.clone()));
        if self.is_async {
            Expr::await_(t)
        } else {
            Expr::lib(Lib::Result, vec![t], ty.clone())
        }
    }
}
