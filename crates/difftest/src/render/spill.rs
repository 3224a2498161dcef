//! The `spill` knob: every expression containing an await rewritten in A-normal form.
//!
//! C# evaluates operands left to right, each to a value, and an exception stops the evaluation
//! (ECMA-334 §12.4.1 and §12.6.6, §12.21.4 for compound assignment). So storing every operand
//! that runs before an await in a temporary, and every await's result in its own temporary,
//! prints the same: it only makes the order explicit, which is where mcs goes wrong (oracle
//! faults 1, 3, 5, 6 and 8 of docs/difftest.md). `&&`, `||` and `?:` whose later operands await
//! become `if` statements, so what does not run still does not run.

use crate::ast::*;

pub fn spill_program(p: &Program) -> Program {
    let mut p = p.clone();
    let mut s = Spiller { next: 0 };
    for m in &mut p.methods {
        if m.is_async() {
            m.body = s.block(&m.body);
        }
    }
    p
}

struct Spiller {
    next: usize,
}

/// A default value for a temporary assigned on every path before use (the generator makes
/// `?:` of scalar types, and of class types for nullable variables).
fn default_of(ty: &Ty) -> Expr {
    match ty {
        Ty::Int => Expr::int(0),
        Ty::Long => Expr::long(0),
        Ty::Bool => Expr::bool(false),
        Ty::Str => Expr::str(""),
        Ty::Class(_) => Expr::new(ExprKind::Null, ty.clone()),
        other => panic!("spill: no default for a temporary of type {other:?}"),
    }
}

fn not(e: Expr) -> Expr {
    Expr::new(ExprKind::Unary(UnOp::Not, Box::new(e)), Ty::Bool)
}

impl Spiller {
    fn temp(&mut self) -> String {
        self.next += 1;
        format!("sp{}", self.next)
    }

    /// Stores `e` in a new temporary, returning the read of it.
    fn store(&mut self, pre: &mut Vec<Stmt>, e: Expr) -> Expr {
        let t = self.temp();
        let ty = e.ty.clone();
        pre.push(Stmt::Local(ty.clone(), t.clone(), e));
        Expr::local(&t, ty)
    }

    fn block(&mut self, b: &Block) -> Block {
        b.iter().flat_map(|s| self.stmt(s)).collect()
    }

    fn stmt(&mut self, s: &Stmt) -> Vec<Stmt> {
        match s {
            Stmt::Local(ty, name, init) => {
                let (mut pre, e) = self.expr(init);
                pre.push(Stmt::Local(ty.clone(), name.clone(), e));
                pre
            }
            Stmt::Assign(target, op, value) => self.assign(target, *op, value),
            Stmt::Expr(e) => {
                // A statement `await X;` keeps its await (its result may be void).
                let (mut pre, e) = match &e.kind {
                    ExprKind::Await(x) => {
                        let (pre, x) = self.expr(x);
                        (pre, Expr::new(ExprKind::Await(Box::new(x)), e.ty.clone()))
                    }
                    _ => self.expr(e),
                };
                pre.push(Stmt::Expr(e));
                pre
            }
            Stmt::If(c, a, b) => {
                let (mut pre, c) = self.expr(c);
                pre.push(Stmt::If(c, self.block(a), self.block(b)));
                pre
            }
            Stmt::While {
                counter,
                bound,
                cond: Some(cond),
                body,
            } if cond.contains_await() => {
                // int w = 0; while (true) { if (!(w++ < bound && cond)) break; body }
                // `continue` in the body goes back to the test, as in the while loop.
                let test = Expr::binary(
                    BinOp::And,
                    counter_test(counter, IncDec::PostInc, *bound),
                    cond.clone(),
                    Ty::Bool,
                );
                let mut inner = self.break_unless(&test);
                inner.extend(self.block(body));
                vec![
                    Stmt::Local(Ty::Int, counter.clone(), Expr::int(0)),
                    Stmt::Loop(inner),
                ]
            }
            Stmt::DoWhile {
                counter,
                bound,
                body,
                cond: Some(cond),
            } if cond.contains_await() => {
                // int d = 0; bool first = true;
                // while (true) { if (!first) { if (!(++d < bound && cond)) break; } first = false; body }
                // `continue` in the body goes to the test, as in the do loop.
                let first = self.temp();
                let test = Expr::binary(
                    BinOp::And,
                    counter_test(counter, IncDec::PreInc, *bound),
                    cond.clone(),
                    Ty::Bool,
                );
                let mut inner = vec![
                    Stmt::If(
                        not(Expr::local(&first, Ty::Bool)),
                        self.break_unless(&test),
                        vec![],
                    ),
                    Stmt::Assign(
                        Expr::local(&first, Ty::Bool),
                        AssignOp::Set,
                        Expr::bool(false),
                    ),
                ];
                inner.extend(self.block(body));
                vec![
                    Stmt::Local(Ty::Int, counter.clone(), Expr::int(0)),
                    Stmt::Local(Ty::Bool, first, Expr::bool(true)),
                    Stmt::Loop(inner),
                ]
            }
            Stmt::For {
                var,
                cap,
                limit: Some(limit),
                body,
            } if limit.contains_await() => {
                // { int k = 0; bool first = true;
                //   while (true) { if (!first) { k++; } first = false; if (!(k < Math.Min(limit, cap))) break; body } }
                let first = self.temp();
                let k = Expr::local(var, Ty::Int);
                let bound = Expr::lib(Lib::MathMin, vec![limit.clone(), Expr::int(*cap)], Ty::Int);
                let test = Expr::binary(BinOp::Lt, k.clone(), bound, Ty::Bool);
                let step = Expr::new(ExprKind::IncDec(IncDec::PostInc, Box::new(k)), Ty::Int);
                let mut inner = vec![
                    Stmt::If(
                        not(Expr::local(&first, Ty::Bool)),
                        vec![Stmt::Expr(step)],
                        vec![],
                    ),
                    Stmt::Assign(
                        Expr::local(&first, Ty::Bool),
                        AssignOp::Set,
                        Expr::bool(false),
                    ),
                ];
                inner.extend(self.break_unless(&test));
                inner.extend(self.block(body));
                vec![Stmt::Block(vec![
                    Stmt::Local(Ty::Int, var.clone(), Expr::int(0)),
                    Stmt::Local(Ty::Bool, first, Expr::bool(true)),
                    Stmt::Loop(inner),
                ])]
            }
            Stmt::While {
                counter,
                bound,
                cond,
                body,
            } => vec![Stmt::While {
                counter: counter.clone(),
                bound: *bound,
                cond: cond.clone(),
                body: self.block(body),
            }],
            Stmt::DoWhile {
                counter,
                bound,
                body,
                cond,
            } => vec![Stmt::DoWhile {
                counter: counter.clone(),
                bound: *bound,
                body: self.block(body),
                cond: cond.clone(),
            }],
            Stmt::For {
                var,
                cap,
                limit,
                body,
            } => vec![Stmt::For {
                var: var.clone(),
                cap: *cap,
                limit: limit.clone(),
                body: self.block(body),
            }],
            Stmt::Foreach {
                ty,
                var,
                coll,
                body,
            } => {
                let (mut pre, coll) = self.expr(coll);
                pre.push(Stmt::Foreach {
                    ty: ty.clone(),
                    var: var.clone(),
                    coll,
                    body: self.block(body),
                });
                pre
            }
            Stmt::Return(Some(e)) => {
                let (mut pre, e) = self.expr(e);
                pre.push(Stmt::Return(Some(e)));
                pre
            }
            Stmt::Throw(e) => {
                let (mut pre, e) = self.expr(e);
                pre.push(Stmt::Throw(e));
                pre
            }
            Stmt::Try {
                body,
                catches,
                finally,
            } => vec![Stmt::Try {
                body: self.block(body),
                catches: catches
                    .iter()
                    .map(|c| Catch {
                        exc: c.exc,
                        var: c.var.clone(),
                        body: self.block(&c.body),
                    })
                    .collect(),
                finally: finally.as_ref().map(|f| self.block(f)),
            }],
            Stmt::Block(b) => vec![Stmt::Block(self.block(b))],
            Stmt::Loop(b) => vec![Stmt::Loop(self.block(b))],
            // The temporaries of a checked block's statements stay inside it: their operators
            // keep its context.
            Stmt::Checked(c, b) => vec![Stmt::Checked(*c, self.block(b))],
            Stmt::Switch { subject, sections } => {
                let (mut pre, subject) = self.expr(subject);
                pre.push(Stmt::Switch {
                    subject,
                    sections: sections
                        .iter()
                        .map(|sec| Section {
                            labels: sec.labels.clone(),
                            body: self.block(&sec.body),
                        })
                        .collect(),
                });
                pre
            }
            Stmt::Break
            | Stmt::Continue
            | Stmt::Return(None)
            | Stmt::Rethrow
            | Stmt::GotoCase(_) => vec![s.clone()],
        }
    }

    /// `pre(test); if (!test') break;`
    fn break_unless(&mut self, test: &Expr) -> Vec<Stmt> {
        let (mut pre, t) = self.expr(test);
        pre.push(Stmt::If(not(t), vec![Stmt::Break], vec![]));
        pre
    }

    /// C#'s order for `target op= value` (§12.21.2, §12.21.4): the array and index (or the
    /// object) first, then (compound) the element's (member's) current value, then the right
    /// side, then the store.
    fn assign(&mut self, target: &Expr, op: AssignOp, value: &Expr) -> Vec<Stmt> {
        if !target.contains_await() && !value.contains_await() {
            return vec![Stmt::Assign(target.clone(), op, value.clone())];
        }
        let mut pre = Vec::new();
        let place = match &target.kind {
            ExprKind::Index(a, i) => {
                let (pa, a2) = self.expr(a);
                pre.extend(pa);
                let a2 = self.store(&mut pre, a2);
                let (pi, i2) = self.expr(i);
                pre.extend(pi);
                let i2 = self.store(&mut pre, i2);
                Expr::new(
                    ExprKind::Index(Box::new(a2), Box::new(i2)),
                    target.ty.clone(),
                )
            }
            // `o.f op= v`: the object first (a null one throws at the store for `=`, at the
            // read for a compound assignment, as in C#).
            ExprKind::Member(o, name) => {
                let (po, o2) = self.expr(o);
                pre.extend(po);
                let o2 = if needs_temp(&o2) {
                    self.store(&mut pre, o2)
                } else {
                    o2
                };
                Expr::new(
                    ExprKind::Member(Box::new(o2), name.clone()),
                    target.ty.clone(),
                )
            }
            _ => target.clone(),
        };
        match op.binop() {
            None => {
                let (pv, v) = self.expr(value);
                pre.extend(pv);
                pre.push(Stmt::Assign(place, AssignOp::Set, v));
            }
            Some(bin) => {
                let old = self.store(&mut pre, place.clone());
                let (pv, v) = self.expr(value);
                pre.extend(pv);
                let sum = Expr::binary(bin, old, v, target.ty.clone());
                pre.push(Stmt::Assign(place, AssignOp::Set, sum));
            }
        }
        pre
    }

    /// The statements that evaluate `e`'s awaits, and what is left of `e` (no await).
    fn expr(&mut self, e: &Expr) -> (Vec<Stmt>, Expr) {
        if !e.contains_await() {
            return (Vec::new(), e.clone());
        }
        match &e.kind {
            ExprKind::Await(x) => {
                let (mut pre, x) = self.expr(x);
                let v = self.store(
                    &mut pre,
                    Expr::new(ExprKind::Await(Box::new(x)), e.ty.clone()),
                );
                (pre, v)
            }
            ExprKind::Binary(op @ (BinOp::And | BinOp::Or), a, b) if b.contains_await() => {
                // bool t = a; if (t) { t = b; }   (|| tests !t)
                let (mut pre, a) = self.expr(a);
                let t = self.store(&mut pre, a);
                let (mut inner, b) = self.expr(b);
                inner.push(Stmt::Assign(t.clone(), AssignOp::Set, b));
                let test = if *op == BinOp::And {
                    t.clone()
                } else {
                    not(t.clone())
                };
                pre.push(Stmt::If(test, inner, vec![]));
                (pre, t)
            }
            ExprKind::Cond(c, a, b) if a.contains_await() || b.contains_await() => {
                let (mut pre, c) = self.expr(c);
                let t = self.store(&mut pre, default_of(&e.ty));
                let (mut pa, a) = self.expr(a);
                pa.push(Stmt::Assign(t.clone(), AssignOp::Set, a));
                let (mut pb, b) = self.expr(b);
                pb.push(Stmt::Assign(t.clone(), AssignOp::Set, b));
                pre.push(Stmt::If(c, pa, pb));
                (pre, t)
            }
            _ => {
                // Operands before the last one that awaits are stored first; the ones after it
                // run after every await anyway.
                let mut out = e.clone();
                let last = e
                    .children()
                    .iter()
                    .rposition(|c| c.contains_await())
                    .unwrap();
                let mut pre = Vec::new();
                for (i, child) in out.children_mut().into_iter().enumerate() {
                    if i > last {
                        break;
                    }
                    let (p, c) = self.expr(child);
                    pre.extend(p);
                    *child = if i < last && needs_temp(&c) {
                        self.store(&mut pre, c)
                    } else {
                        c
                    };
                }
                (pre, out)
            }
        }
    }
}

/// A value that an await could change or that has effects must be read into a temporary before
/// the await; literals and the spill's own temporaries (never reassigned) need not be.
fn needs_temp(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Lit(_) => false,
        ExprKind::Local(n) => !n.starts_with("sp"),
        // `this` never changes.
        ExprKind::This => false,
        _ => true,
    }
}

fn counter_test(counter: &str, op: IncDec, bound: i32) -> Expr {
    let step = Expr::new(
        ExprKind::IncDec(op, Box::new(Expr::local(counter, Ty::Int))),
        Ty::Int,
    );
    Expr::binary(BinOp::Lt, step, Expr::int(bound), Ty::Bool)
}
