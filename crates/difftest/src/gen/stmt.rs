//! Statements: each kind of statement the generator makes, and the jumps' rules.

use super::body::{Body, Ctl, Var};
use crate::ast::*;

impl Body<'_> {
    /// One statement (or a few, for scenarios). `d` bounds the nesting below it.
    pub fn stmt(&mut self, d: u32) -> Block {
        self.spend();
        let effectful = !self.pure;
        let has_token = !self.vars_where(|v| v.ty == Ty::Token).is_empty();
        let weights = [
            14,                                           // 0 local
            12,                                           // 1 assignment
            if effectful { 14 } else { 0 },               // 2 trace
            9,                                            // 3 call
            if d > 0 { 7 } else { 0 },                    // 4 if
            if d > 0 && self.mult <= 16 { 6 } else { 0 }, // 5 loop
            if d > 0 { 6 } else { 0 },                    // 6 try
            if self.is_async { 4 } else { 0 },            // 7 pause
            2,                                            // 8 throw
            if self.ctl.return_ok { 2 } else { 0 },       // 9 return
            if self.ctl.loop_ok { 3 } else { 0 },         // 10 break / continue
            2,                                            // 11 list add / ++
            if d > 0 { 7 } else { 0 },                    // 12 scenario
            if has_token { 4 } else { 0 },                // 13 token use
            if self.ctl.rethrow_ok { 2 } else { 0 },      // 14 throw;
            if d > 0 { 4 } else { 0 },                    // 15 switch
            if d > 0 { 3 } else { 0 },                    // 16 checked / unchecked
            if self.objects_ok() { 16 } else { 0 },       // 17 objects
            if self.g.lambdas && d > 0 { 8 } else { 0 }, // 18 lambdas (last: seeds without keep their stream)
        ];
        for _ in 0..10 {
            let k = self.rng().weighted(&weights);
            let s = match k {
                0 => self.local_stmt(),
                1 => self.assign_stmt(),
                2 => Some(vec![self.trace_stmt()]),
                3 => self.call_stmt(),
                4 => Some(self.if_stmt(d)),
                5 => self.loop_stmt(d),
                6 => Some(self.try_stmt(d)),
                7 => Some(vec![self.pause_stmt()]),
                8 => Some(self.throw_stmt()),
                9 => Some(self.return_stmt()),
                10 => Some(self.jump_stmt()),
                11 => self.small_effect_stmt(),
                12 => self.scenario(d),
                13 => Some(self.token_stmt()),
                14 => Some(self.rethrow_stmt()),
                15 => self.switch_stmt(d),
                16 => Some(self.checked_stmt(d)),
                17 => self.object_stmt(d),
                _ => self.lambda_stmt(d),
            };
            if let Some(s) = s {
                return s;
            }
        }
        vec![self.trace_or_local()]
    }

    pub(super) fn trace_or_local(&mut self) -> Stmt {
        if self.pure {
            let name = self.fresh("i");
            let v = self.expr(&Ty::Int, 1);
            self.declare(Var::new(&name, Ty::Int, true));
            Stmt::Local(Ty::Int, name, v)
        } else {
            self.trace_stmt()
        }
    }

    pub fn print(&mut self, holes: Vec<Expr>) -> Stmt {
        let tag = self.tag();
        self.print_tagged(tag, holes)
    }

    /// `Console.WriteLine($"tag:{a}:{b}")`.
    pub fn print_tagged(&mut self, tag: String, holes: Vec<Expr>) -> Stmt {
        let mut parts = vec![Part::Text(tag)];
        for h in holes {
            parts.push(Part::Text(":".into()));
            parts.push(Part::Hole(h));
        }
        let text = Expr::new(ExprKind::Interp(parts), Ty::Str);
        Stmt::Expr(Expr::lib(Lib::WriteLine, vec![text], Ty::Void))
    }

    pub(super) fn trace_stmt(&mut self) -> Stmt {
        let n = 1 + self.rng().below(3);
        let mut holes = Vec::new();
        for _ in 0..n {
            let scalars = self.vars_where(|v| v.ty.is_scalar());
            if !scalars.is_empty() && self.chance(65) {
                let v = self.rng().pick(&scalars).clone();
                holes.push(v.read());
            } else {
                let ty = self.scalar_ty();
                holes.push(self.expr(&ty, 2));
            }
        }
        self.print(holes)
    }

    pub fn scalar_ty(&mut self) -> Ty {
        [Ty::Int, Ty::Long, Ty::Bool, Ty::Str][self.rng().weighted(&[50, 15, 15, 20])].clone()
    }

    pub(super) fn local_stmt(&mut self) -> Option<Block> {
        let k = self.rng().weighted(&[40, 10, 10, 18, 8, 8, 3]);
        let (ty, prefix) = match k {
            0 => (Ty::Int, "i"),
            1 => (Ty::Long, "l"),
            2 => (Ty::Bool, "b"),
            3 => (Ty::Str, "s"),
            4 => (Ty::array_of(Ty::Int), "a"),
            5 => (Ty::list_of(Ty::Int), "li"),
            _ => (Ty::list_of(Ty::Str), "ls"),
        };
        let name = self.fresh(prefix);
        let mut var = Var::new(&name, ty.clone(), ty.is_scalar());
        let init = match &ty {
            Ty::Array(_) => {
                let n = self.rng().range(2, 4) as usize;
                let items = (0..n).map(|_| self.expr(&Ty::Int, 1)).collect();
                var.len = Some(n);
                Expr::new(ExprKind::NewArray(items), ty.clone())
            }
            Ty::List(elem) => {
                let n = self.rng().range(0, 3) as usize;
                let elem = (**elem).clone();
                let items = (0..n).map(|_| self.elem_expr(&elem)).collect();
                var.len = Some(n);
                Expr::new(ExprKind::NewList(items), ty.clone())
            }
            _ => self.expr(&ty, 2),
        };
        self.declare(var);
        Some(vec![Stmt::Local(ty, name, init)])
    }

    /// An element for a list: strings without a string source (see `str_expr`).
    pub fn elem_expr(&mut self, ty: &Ty) -> Expr {
        if *ty == Ty::Str {
            self.str_expr(1, false)
        } else {
            self.expr(ty, 1)
        }
    }

    pub(super) fn assign_stmt(&mut self) -> Option<Block> {
        let targets = self.vars_where(|v| {
            v.assignable || (matches!(v.ty, Ty::Array(_) | Ty::List(_)) && v.len != Some(0))
        });
        let frozen = self.frozen.clone();
        let targets: Vec<Var> = targets
            .into_iter()
            .filter(|v| {
                !(matches!(v.ty, Ty::List(_)) && (v.len.is_none() || frozen.contains(&v.name)))
            })
            .collect();
        if targets.is_empty() {
            return None;
        }
        let v = self.rng().pick(&targets).clone();
        let target = match &v.ty {
            Ty::Array(_) | Ty::List(_) => self.element(&v)?,
            _ => v.read(),
        };
        self.assign_to(target, v.nullable)
    }

    /// `target op= value` for a place of any type; a nullable class-typed place may get null.
    pub(super) fn assign_to(&mut self, target: Expr, nullable: bool) -> Option<Block> {
        let ty = target.ty.clone();
        if let Ty::Class(_) = ty {
            let value = if nullable && self.chance(30) {
                Expr::new(ExprKind::Null, ty.clone())
            } else {
                let c = self.g.class_index(&ty);
                self.object(c, 2)?
            };
            return Some(vec![Stmt::Assign(target, AssignOp::Set, value)]);
        }
        let op = match ty {
            Ty::Int | Ty::Long => [
                AssignOp::Set,
                AssignOp::Add,
                AssignOp::Sub,
                AssignOp::Mul,
                AssignOp::And,
                AssignOp::Or,
                AssignOp::Xor,
                AssignOp::Shl,
                AssignOp::Shr,
            ][self.rng().weighted(&[40, 30, 12, 18, 4, 4, 4, 4, 4])],
            Ty::Str if self.chance(50) => AssignOp::Add,
            Ty::Bool => [AssignOp::Set, AssignOp::And, AssignOp::Or, AssignOp::Xor]
                [self.rng().weighted(&[70, 10, 10, 10])],
            _ => AssignOp::Set,
        };
        // `x += await F(x++)`: the left value is read before the await (oracle fault 6).
        if op != AssignOp::Set && ty == Ty::Int && self.is_async && self.chance(25) {
            if let Some(value) = self.await_with_increment(&target) {
                return Some(vec![Stmt::Assign(target, op, value)]);
            }
        }
        // `o.f op= await o.M()`: C# reads `o` and (compound) `o.f` before the call, which may
        // change `o.f` (strings only by `=`: a string member's own call appended to it would
        // grow it exponentially).
        // (Not for shifts: their count is an `int` whatever the member's type.)
        if matches!(target.kind, ExprKind::Member(..))
            && !matches!(op, AssignOp::Shl | AssignOp::Shr)
            && (matches!(ty, Ty::Int | Ty::Long) || (ty.is_scalar() && op == AssignOp::Set))
            && self.is_async
            && self.chance(50)
        {
            if let Some(value) = self.awaited_operand(&target) {
                return Some(vec![Stmt::Assign(target, op, value)]);
            }
        }
        let value = match (&ty, op) {
            (Ty::Str, AssignOp::Add) => {
                let t = self.scalar_ty();
                if t == Ty::Str {
                    self.str_expr(2, false)
                } else {
                    self.expr(&t, 2)
                }
            }
            (Ty::Str, _) => self.str_expr(2, true),
            // A shift's count is an int whatever the target's type.
            (_, AssignOp::Shl | AssignOp::Shr) => self.shift_count(2),
            _ => self.expr(&ty, 2),
        };
        Some(vec![Stmt::Assign(target, op, value)])
    }

    pub(super) fn if_stmt(&mut self, d: u32) -> Block {
        let c = self.guard();
        let then = self.block(d - 1);
        let els = if self.chance(40) {
            self.block(d - 1)
        } else {
            vec![]
        };
        vec![Stmt::If(c, then, els)]
    }

    pub(super) fn loop_stmt(&mut self, d: u32) -> Option<Block> {
        let cap = self.rng().range(2, 4) as i32;
        if !self.room_for(cap as u64 * 3) {
            return None;
        }
        let saved_mult = self.mult;
        let mut ctl = self.ctl;
        ctl.loop_ok = true;
        ctl.loop_depth += 1;
        let saved_ctl = self.ctl;
        // Conditions run once per iteration: generated at the loop's depth (see Var::once_at).
        self.ctl = ctl;
        self.mult *= cap as u64 + 1;
        let s = match self.rng().weighted(&[45, 20, 15, 20]) {
            0 => {
                let var = self.fresh("k");
                let limit = if self.chance(25) {
                    Some(self.expr(&Ty::Int, 2))
                } else {
                    None
                };
                self.scopes.push(vec![Var::new(&var, Ty::Int, false)]);
                let body = self.stmt_list(d - 1);
                self.scopes.pop();
                Some(Stmt::For {
                    var,
                    cap,
                    limit,
                    body,
                })
            }
            1 => {
                let counter = self.fresh("w");
                let cond = if self.chance(50) {
                    Some(self.expr(&Ty::Bool, 2))
                } else {
                    None
                };
                let body = self.block(d - 1);
                Some(Stmt::While {
                    counter,
                    bound: cap,
                    cond,
                    body,
                })
            }
            2 => {
                let counter = self.fresh("d");
                let body = self.block(d - 1);
                let cond = if self.chance(50) {
                    Some(self.expr(&Ty::Bool, 2))
                } else {
                    None
                };
                Some(Stmt::DoWhile {
                    counter,
                    bound: cap,
                    body,
                    cond,
                })
            }
            _ => self.foreach_stmt(d),
        };
        self.mult = saved_mult;
        self.ctl = saved_ctl;
        s.map(|s| vec![s])
    }

    pub(super) fn foreach_stmt(&mut self, d: u32) -> Option<Stmt> {
        // Over an array, or over a local list the body cannot add to (static lists could be
        // changed by a callee, and "Collection was modified" is worded differently by Mono).
        let colls = self.vars_where(|v| {
            matches!(v.ty, Ty::Array(_))
                || (matches!(v.ty, Ty::List(_)) && !v.is_static && v.member.is_none())
        });
        let (coll, elem) = if !colls.is_empty() && self.chance(75) {
            let v = self.rng().pick(&colls).clone();
            (v.read(), v.ty.elem())
        } else {
            let items = (0..3).map(|_| self.expr(&Ty::Int, 1)).collect();
            (
                Expr::new(ExprKind::NewArray(items), Ty::array_of(Ty::Int)),
                Ty::Int,
            )
        };
        let var = self.fresh("v");
        let frozen = matches!(coll.kind, ExprKind::Local(_)) && matches!(coll.ty, Ty::List(_));
        if frozen {
            if let ExprKind::Local(n) = &coll.kind {
                self.frozen.push(n.clone());
            }
        }
        self.scopes.push(vec![Var::new(&var, elem.clone(), false)]);
        let body = self.stmt_list(d - 1);
        self.scopes.pop();
        if frozen {
            self.frozen.pop();
        }
        Some(Stmt::Foreach {
            ty: elem,
            var,
            coll,
            body,
        })
    }

    pub(super) fn try_stmt(&mut self, d: u32) -> Block {
        let body = self.block(d - 1);
        let mut pool = vec![
            Exc::InvalidOperation,
            Exc::Timeout,
            Exc::NotSupported,
            Exc::DivideByZero,
            Exc::Arithmetic,
            Exc::Overflow,
            Exc::IndexOutOfRange,
            Exc::OperationCanceled,
            Exc::TaskCanceled,
            Exc::Aggregate,
            Exc::Exception,
        ];
        let count = self.rng().weighted(&[20, 55, 25]);
        let mut types = Vec::new();
        for _ in 0..count {
            let k = self.rng().below(pool.len());
            types.push(pool.remove(k));
        }
        // Derived classes first (CS0160): deeper in the hierarchy, earlier.
        let depth = |e: &Exc| Exc::ALL.iter().filter(|b| e.is_a(**b)).count();
        types.sort_by_key(|e| std::cmp::Reverse(depth(e)));
        let mut catches = Vec::new();
        for exc in types {
            catches.push(self.catch_clause(Some(exc), d));
        }
        if !catches.iter().any(|c| c.exc == Some(Exc::Exception)) && self.chance(10) {
            catches.push(self.catch_clause(None, d));
        }
        let finally = if catches.is_empty() || self.chance(45) {
            let ctl = Ctl {
                loop_ok: false,
                return_ok: false,
                rethrow_ok: false,
                ..self.ctl
            };
            Some(self.block_with(d - 1, ctl))
        } else {
            None
        };
        vec![Stmt::Try {
            body,
            catches,
            finally,
        }]
    }

    pub(super) fn catch_clause(&mut self, exc: Option<Exc>, d: u32) -> Catch {
        let var = if exc.is_some() && self.chance(70) {
            Some(self.fresh("e"))
        } else {
            None
        };
        let ctl = Ctl {
            rethrow_ok: true,
            ..self.ctl
        };
        let saved = self.ctl;
        self.ctl = ctl;
        self.scopes.push(vec![]);
        if let (Some(v), Some(e)) = (&var, exc) {
            self.declare(Var::new(v, Ty::Exc(e), false));
        }
        let mut body = Vec::new();
        if let (Some(v), false) = (&var, self.pure) {
            let e = Expr::local(v, Ty::Exc(exc.unwrap()));
            let mut holes = vec![Expr::lib(Lib::Message, vec![e.clone()], Ty::Str)];
            if exc == Some(Exc::Aggregate) {
                holes.push(Expr::lib(Lib::InnerCount, vec![e.clone()], Ty::Int));
                holes.push(Expr::lib(Lib::InnerMessage, vec![e], Ty::Str));
            }
            body.push(self.print(holes));
        }
        if d > 1 || self.chance(50) {
            body.extend(self.stmt_list(d.saturating_sub(1)));
        }
        if !body.last().is_some_and(|s| s.is_jump()) && self.chance(12) {
            body.push(Stmt::Rethrow);
        }
        self.scopes.pop();
        self.ctl = saved;
        Catch { exc, var, body }
    }

    pub(super) fn pause_stmt(&mut self) -> Stmt {
        let e = match self.rng().weighted(&[50, 30, 10]) {
            0 => Expr::lib(Lib::Yield, vec![], Ty::Void),
            1 => {
                let ms = self.rng().range(0, 2) as i32;
                Expr::lib(Lib::Delay, vec![Expr::int(ms)], Ty::Task(None))
            }
            _ => Expr::lib(Lib::CompletedTask, vec![], Ty::Task(None)),
        };
        let e = if e.ty == Ty::Task(None) && self.chance(20) {
            Expr::lib(Lib::ConfigureAwait, vec![e], Ty::Task(None))
        } else {
            e
        };
        Stmt::Expr(Expr::new(ExprKind::Await(Box::new(e)), Ty::Void))
    }

    /// A condition that holds some of the time, for guarded jumps.
    /// A condition that holds now and then (an exception or a return on every call would cut
    /// most of the program short): an int variable equal to a small number, mostly.
    pub(super) fn rare_guard(&mut self) -> Expr {
        let ints = self.vars_where(|v| v.ty == Ty::Int);
        if ints.is_empty() || self.chance(30) {
            return self.guard();
        }
        let v = self.rng().pick(&ints).read();
        let k = Expr::int(self.rng().range(-1, 6) as i32);
        Expr::binary(BinOp::Eq, v, k, Ty::Bool)
    }

    /// A condition that is not constant (mostly: a constant one makes dead code, which mcs
    /// mishandles around awaits, oracle fault 4, but dead code tests little else).
    pub(super) fn guard(&mut self) -> Expr {
        let mut c = self.expr(&Ty::Bool, 2);
        for _ in 0..4 {
            if !c.is_const() || self.chance(10) {
                break;
            }
            c = self.expr(&Ty::Bool, 2);
        }
        c
    }

    pub(super) fn throw_stmt(&mut self) -> Block {
        let exc = *self.rng().pick(&[
            Exc::InvalidOperation,
            Exc::Timeout,
            Exc::NotSupported,
            Exc::NotImplemented,
            Exc::DivideByZero,
            Exc::Overflow,
            Exc::IndexOutOfRange,
            Exc::OperationCanceled,
            Exc::Exception,
        ]);
        let tag = self.tag();
        let msg = if self.chance(60) {
            let v = self.expr(&Ty::Int, 2);
            Expr::new(
                ExprKind::Interp(vec![Part::Text(tag), Part::Text(":".into()), Part::Hole(v)]),
                Ty::Str,
            )
        } else {
            let s = self.str_expr(2, true);
            Expr::binary(BinOp::Add, Expr::str(&tag), s, Ty::Str)
        };
        let t = Stmt::Throw(Expr::new(
            ExprKind::NewExc(exc, Box::new(msg)),
            Ty::Exc(exc),
        ));
        if self.chance(92) {
            let c = self.rare_guard();
            vec![Stmt::If(c, vec![t], vec![])]
        } else {
            vec![t]
        }
    }

    pub(super) fn return_stmt(&mut self) -> Block {
        let ret = self.ret.clone();
        let r = if ret == Ty::Void {
            Stmt::Return(None)
        } else {
            Stmt::Return(Some(self.expr(&ret, 2)))
        };
        if self.chance(92) {
            let c = self.rare_guard();
            vec![Stmt::If(c, vec![r], vec![])]
        } else {
            vec![r]
        }
    }

    pub(super) fn jump_stmt(&mut self) -> Block {
        let j = if self.chance(50) {
            Stmt::Break
        } else {
            Stmt::Continue
        };
        if self.chance(92) {
            let c = self.guard();
            vec![Stmt::If(c, vec![j], vec![])]
        } else {
            vec![j]
        }
    }

    pub(super) fn rethrow_stmt(&mut self) -> Block {
        let c = self.guard();
        vec![Stmt::If(c, vec![Stmt::Rethrow], vec![])]
    }

    pub(super) fn small_effect_stmt(&mut self) -> Option<Block> {
        let frozen = self.frozen.clone();
        let lists = self.vars_where(|v| matches!(v.ty, Ty::List(_)) && !frozen.contains(&v.name));
        if !lists.is_empty() && self.chance(60) {
            let l = self.rng().pick(&lists).clone();
            let item = self.elem_expr(&l.ty.elem());
            return Some(vec![Stmt::Expr(Expr::lib(
                Lib::ListAdd,
                vec![l.read(), item],
                Ty::Void,
            ))]);
        }
        let ints = self.vars_where(|v| v.assignable && v.ty == Ty::Int);
        if ints.is_empty() {
            return None;
        }
        let v = self.rng().pick(&ints).clone();
        let op = *self
            .rng()
            .pick(&[IncDec::PostInc, IncDec::PreInc, IncDec::PostDec]);
        Some(vec![Stmt::Expr(Expr::new(
            ExprKind::IncDec(op, Box::new(v.read())),
            Ty::Int,
        ))])
    }

    pub(super) fn token_stmt(&mut self) -> Block {
        let toks = self.vars_where(|v| v.ty == Ty::Token);
        let t = self.rng().pick(&toks).read();
        if self.is_async && self.chance(50) {
            let ms = self.rng().range(0, 2) as i32;
            let delay = Expr::lib(Lib::DelayToken, vec![Expr::int(ms), t], Ty::Task(None));
            vec![Stmt::Expr(Expr::new(
                ExprKind::Await(Box::new(delay)),
                Ty::Void,
            ))]
        } else {
            vec![Stmt::Expr(Expr::lib(Lib::ThrowIfCancel, vec![t], Ty::Void))]
        }
    }
}
