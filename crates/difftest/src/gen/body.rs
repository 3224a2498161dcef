//! One method body: the scopes of locals, the budgets, statements and control flow.
//!
//! C#'s compile-time rules are kept by construction: every local is initialized (definite
//! assignment), names are unique per method, no jump leaves a `finally` (CS0157), `throw;` only
//! in a catch and not in a finally nested in it (CS0724), catch clauses go from derived to base
//! (CS0160), nothing follows a jump in its block, and a non-void method ends with `return`.

use super::{Gen, Sig};
use crate::ast::*;

#[derive(Clone, Debug)]
pub(super) struct Var {
    pub name: String,
    pub ty: Ty,
    pub assignable: bool,
    /// Arrays: the length; lists: how many elements they have at least (lists only grow).
    pub len: Option<usize>,
    /// A ValueTask started early may be awaited once, and only at the loop depth it was started
    /// at (awaiting it in a loop would await it again).
    pub once_at: Option<u32>,
    pub consumed: bool,
    pub is_static: bool,
    /// A member of `this` (of the class named here): read as `this.name`.
    pub member: Option<String>,
    /// Of a class type and maybe null: dereferenced only inside a null guard.
    pub nullable: bool,
}

impl Var {
    pub fn new(name: &str, ty: Ty, assignable: bool) -> Var {
        Var {
            name: name.to_string(),
            ty,
            assignable,
            len: None,
            once_at: None,
            consumed: false,
            is_static: false,
            member: None,
            nullable: false,
        }
    }

    pub fn read(&self) -> Expr {
        if let Some(c) = &self.member {
            let this = Expr::new(ExprKind::This, Ty::Class(c.clone()));
            return Expr::new(
                ExprKind::Member(Box::new(this), self.name.clone()),
                self.ty.clone(),
            );
        }
        if self.is_static {
            Expr::new(ExprKind::Static(self.name.clone()), self.ty.clone())
        } else {
            Expr::local(&self.name, self.ty.clone())
        }
    }
}

/// Which jumps are allowed here.
#[derive(Clone, Copy, Debug)]
pub(super) struct Ctl {
    pub loop_ok: bool,
    pub return_ok: bool,
    pub rethrow_ok: bool,
    pub loop_depth: u32,
}

pub(super) struct Body<'g> {
    pub g: &'g mut Gen,
    /// The method's index in `g.sigs`; None for Main.
    pub me: Option<usize>,
    pub name: String,
    pub is_async: bool,
    pub pure: bool,
    pub ret: Ty,
    pub recursive: bool,
    /// Main of a synchronous kind runs on the main thread only: it may block on anything.
    pub sync_main: bool,
    pub scopes: Vec<Vec<Var>>,
    fresh: usize,
    pub ctl: Ctl,
    /// How many times the statement being generated runs per call (enclosing loops).
    pub mult: u64,
    pub cost: u64,
    pub budget: u64,
    pub stmts_left: i64,
    /// This method blocks a thread on a task, itself or through a callee (Gen::blocks).
    pub blocks: bool,
    trace: usize,
    pub self_calls: u32,
    /// False in a recursive method's base case, which must not recurse.
    pub self_call_ok: bool,
    /// Lists iterated by an enclosing foreach: adding to them would throw.
    pub frozen: Vec<String>,
    /// The class of an instance method or constructor (gen/classes.rs).
    pub this_class: Option<usize>,
    /// A constructor: it calls no method, and creates objects of later classes only.
    pub in_ctor: bool,
}

pub(super) fn method(g: &mut Gen, i: usize) -> Method {
    let sig = g.sigs[i].clone();
    let budget = if sig.recursive {
        g.size.cost_budget() / 8
    } else {
        g.size.cost_budget()
    };
    let (lo, hi) = g.size.statements();
    let stmts = g.rng.range(lo, hi);
    let mut b = Body::new(g, Some(i), &sig, budget, stmts);
    if let Some(c) = sig.owner {
        b.enter_class(c, false);
    }
    let body = if sig.kind == Kind::AsyncVoid {
        b.async_void_body()
    } else {
        b.method_body()
    };
    // A recursive method runs its body once per call of the recursion tree.
    let tree: u64 = (0..=sig.depth as u32)
        .map(|l| (b.self_calls.max(1) as u64).pow(l))
        .sum();
    let cost = b.cost.max(1) * if sig.recursive { tree } else { 1 };
    let blocks = b.blocks;
    g.costs[i] = cost;
    g.blocks[i] = blocks;
    let owner = sig.owner.map(|c| g.infos[c].name.clone());
    Method {
        name: sig.name,
        kind: sig.kind,
        ret: sig.ret,
        params: sig.params,
        body,
        pure: sig.pure,
        recursive: sig.recursive,
        owner,
    }
}

pub(super) fn main(g: &mut Gen) -> Method {
    let (kind, ret) = [
        (Kind::AsyncTask, Ty::Void),
        (Kind::AsyncTask, Ty::Int),
        (Kind::Sync, Ty::Void),
        (Kind::Sync, Ty::Int),
    ][g.rng.weighted(&[50, 20, 15, 15])]
    .clone();
    let sig = Sig {
        name: "Main".into(),
        kind,
        ret: ret.clone(),
        params: vec![],
        pure: false,
        recursive: false,
        depth: 0,
        owner: None,
    };
    let budget = g.size.cost_budget() * 40;
    let (lo, hi) = g.size.statements();
    let stmts = g.rng.range(lo, hi);
    let mut b = Body::new(g, None, &sig, budget, stmts);
    b.sync_main = kind == Kind::Sync;
    // Main's sections all run: none returns early.
    b.ctl.return_ok = false;
    let body = b.main_body();
    Method {
        name: "Main".into(),
        kind,
        ret,
        params: vec![],
        body,
        pure: false,
        recursive: false,
        owner: None,
    }
}

impl<'g> Body<'g> {
    pub(super) fn new(
        g: &'g mut Gen,
        me: Option<usize>,
        sig: &Sig,
        budget: u64,
        stmts: i64,
    ) -> Body<'g> {
        let params = sig
            .params
            .iter()
            // A recursive method's depth is never assigned: the recursion must end.
            .map(|p| {
                let fixed = sig.recursive && p.name == "n";
                Var::new(&p.name, p.ty.clone(), p.ty.is_scalar() && !fixed)
            })
            .collect();
        let mut scopes = vec![params];
        if !sig.pure {
            let mut statics: Vec<Var> = g
                .fields
                .iter()
                .map(|f| Var {
                    len: g.field_len(&f.name),
                    is_static: true,
                    ..Var::new(&f.name, f.ty.clone(), f.ty.is_scalar())
                })
                .collect();
            // The classes' static counters: shared state like the program's fields.
            for c in &g.infos {
                for n in &c.statics {
                    statics.push(Var {
                        is_static: true,
                        ..Var::new(n, Ty::Int, true)
                    });
                }
            }
            scopes.insert(0, statics);
        }
        Body {
            g,
            me,
            name: sig.name.clone(),
            is_async: sig.kind != Kind::Sync,
            pure: sig.pure,
            ret: sig.ret.clone(),
            recursive: sig.recursive,
            sync_main: false,
            scopes,
            fresh: 0,
            ctl: Ctl {
                loop_ok: false,
                return_ok: sig.kind != Kind::AsyncVoid,
                rethrow_ok: false,
                loop_depth: 0,
            },
            mult: 1,
            cost: 0,
            budget,
            stmts_left: stmts,
            blocks: false,
            trace: 0,
            self_calls: 0,
            self_call_ok: true,
            frozen: Vec::new(),
            this_class: None,
            in_ctor: false,
        }
    }

    pub fn rng(&mut self) -> &mut crate::rng::Rng {
        &mut self.g.rng
    }

    pub fn chance(&mut self, p: u32) -> bool {
        self.g.rng.chance(p)
    }

    /// A fresh local name; never `sp...` (the spill transform's temporaries).
    pub fn fresh(&mut self, prefix: &str) -> String {
        self.fresh += 1;
        format!("{prefix}{}", self.fresh)
    }

    pub fn declare(&mut self, v: Var) {
        self.scopes.last_mut().unwrap().push(v);
    }

    pub fn vars(&self) -> impl Iterator<Item = &Var> {
        self.scopes.iter().flatten()
    }

    pub fn vars_where(&self, f: impl Fn(&Var) -> bool) -> Vec<Var> {
        self.vars().filter(|v| f(v)).cloned().collect()
    }

    pub fn var_mut(&mut self, name: &str) -> Option<&mut Var> {
        self.scopes
            .iter_mut()
            .rev()
            .flatten()
            .find(|v| v.name == name)
    }

    /// Counts a statement: its cost, and whether the budgets leave room for it.
    pub(super) fn spend(&mut self) {
        self.cost += self.mult;
        self.stmts_left -= 1;
    }

    pub fn room_for(&self, cost: u64) -> bool {
        self.cost + self.mult * cost <= self.budget
    }

    /// The text tag of the next trace line: `M3.7`.
    pub fn tag(&mut self) -> String {
        self.trace += 1;
        format!("{}.{}", self.name, self.trace)
    }

    pub(super) fn method_body(&mut self) -> Block {
        let mut out = Vec::new();
        if self.recursive {
            // if (n <= 0) { return ...; }
            let test = Expr::binary(BinOp::Le, Expr::local("n", Ty::Int), Expr::int(0), Ty::Bool);
            let mut base = Vec::new();
            if !self.pure && self.chance(50) {
                base.push(self.print(vec![Expr::local("n", Ty::Int)]));
            }
            let ret = self.ret.clone();
            self.self_call_ok = false;
            let v = self.expr(&ret, 1);
            self.self_call_ok = true;
            base.push(Stmt::Return(Some(v)));
            out.push(Stmt::If(test, base, vec![]));
        }
        // A suspension first, often: callers then resume in the middle of their expressions.
        if self.is_async && self.chance(35) {
            out.push(self.pause_stmt());
        }
        out.extend(self.top_list(3));
        self.finish(&mut out);
        out
    }

    /// The end of a method: a trace of the locals and the `return`.
    pub(super) fn finish(&mut self, out: &mut Block) {
        if out.last().is_some_and(|s| s.is_jump()) {
            return;
        }
        if !self.pure {
            let locals: Vec<Expr> = self
                .vars_where(|v| !v.is_static && v.ty.is_scalar())
                .iter()
                .rev()
                .take(5)
                .map(|v| v.read())
                .collect();
            if !locals.is_empty() {
                out.push(self.print(locals));
            }
        }
        if self.ret != Ty::Void {
            let ret = self.ret.clone();
            let v = self.expr(&ret, 2);
            out.push(Stmt::Return(Some(v)));
        }
    }

    /// `int res = 0; try { ... } catch (Exception e) { res = -1; ... } done.TrySetResult(res);`
    /// Nothing may escape an async void method (it would crash the process), and the result is
    /// set last, so that the awaiting caller resumes after everything the method prints.
    pub(super) fn async_void_body(&mut self) -> Block {
        let res = self.fresh("res");
        let res_e = Expr::local(&res, Ty::Int);
        self.declare(Var::new(&res, Ty::Int, true));
        self.scopes.push(vec![]);
        let mut body = self.top_list(2);
        if !body.last().is_some_and(|s| s.is_jump()) {
            let v = self.expr(&Ty::Int, 2);
            body.push(Stmt::Assign(res_e.clone(), AssignOp::Set, v));
        }
        self.scopes.pop();
        let e = self.fresh("e");
        let msg = Expr::lib(
            Lib::Message,
            vec![Expr::local(&e, Ty::Exc(Exc::Exception))],
            Ty::Str,
        );
        let handler = vec![
            Stmt::Assign(res_e.clone(), AssignOp::Set, Expr::int(-1)),
            self.print(vec![msg]),
        ];
        let done = Expr::local("done", Ty::Tcs(Box::new(Ty::Int)));
        vec![
            Stmt::Local(Ty::Int, res, Expr::int(0)),
            Stmt::Try {
                body,
                catches: vec![Catch {
                    exc: Some(Exc::Exception),
                    var: Some(e),
                    body: handler,
                }],
                finally: None,
            },
            Stmt::Expr(Expr::lib(Lib::TrySetResult, vec![done, res_e], Ty::Bool)),
        ]
    }

    pub(super) fn main_body(&mut self) -> Block {
        let mut out = vec![Stmt::Expr(Expr::lib(
            Lib::WriteLine,
            vec![Expr::str("start")],
            Ty::Void,
        ))];
        let n = self.g.sigs.len();
        let mut calls: Vec<usize> = (0..n).filter(|&i| !self.g.called[i]).collect();
        // A few more calls of any method, so that methods called only on rare paths run too.
        for _ in 0..3 {
            let i = self.rng().below(n);
            calls.push(i);
        }
        // Shuffle, so that the order of the top-level calls varies.
        for i in (1..calls.len()).rev() {
            let j = self.rng().below(i + 1);
            calls.swap(i, j);
        }
        for i in calls {
            // Each section of Main runs in its own scope and, mostly, its own try: an exception
            // ends the section, not the program (but sometimes the program, on purpose).
            self.scopes.push(vec![]);
            let mut call = Vec::new();
            if self.stmts_left > 0 && self.chance(50) {
                call = self.stmt(2);
            }
            if !call.last().is_some_and(|s| s.is_jump()) {
                call.extend(self.top_call(i));
            }
            self.scopes.pop();
            if self.chance(93) {
                let e = self.fresh("e");
                let msg = Expr::lib(
                    Lib::Message,
                    vec![Expr::local(&e, Ty::Exc(Exc::Exception))],
                    Ty::Str,
                );
                let handler = vec![self.print(vec![msg])];
                out.push(Stmt::Try {
                    body: call,
                    catches: vec![Catch {
                        exc: Some(Exc::Exception),
                        var: Some(e),
                        body: handler,
                    }],
                    finally: None,
                });
            } else {
                out.extend(call);
            }
        }
        // The checksums: every static field.
        let fields = self.g.fields.clone();
        let mut holes = Vec::new();
        for c in self.g.infos.clone() {
            for n in c.statics {
                holes.push(Expr::new(ExprKind::Static(n), Ty::Int));
            }
        }
        for f in &fields {
            let v = Expr::new(ExprKind::Static(f.name.clone()), f.ty.clone());
            match &f.ty {
                Ty::Array(_) => {
                    for k in 0..self.g.field_len(&f.name).unwrap_or(0) {
                        holes.push(Expr::new(
                            ExprKind::Index(Box::new(v.clone()), Box::new(Expr::int(k as i32))),
                            Ty::Int,
                        ));
                    }
                }
                Ty::List(_) => holes.push(Expr::lib(Lib::Join, vec![Expr::str(","), v], Ty::Str)),
                _ => holes.push(v),
            }
        }
        out.push(self.print_tagged("end".into(), holes));
        if self.ret == Ty::Int {
            // 10 + ((x % 40) + 40) % 40: an exit code no status of the runner can be confused with.
            let x = self.expr(&Ty::Int, 1);
            let m = |a: Expr, op: BinOp, b: i32| Expr::binary(op, a, Expr::int(b), Ty::Int);
            let code = m(
                m(m(m(x, BinOp::Rem, 40), BinOp::Add, 40), BinOp::Rem, 40),
                BinOp::Add,
                10,
            );
            out.push(Stmt::Return(Some(Expr::new(code.kind, Ty::Int))));
        }
        out
    }

    /// Main's call of a method nobody else calls.
    pub(super) fn top_call(&mut self, i: usize) -> Block {
        if self.g.sigs[i].kind == Kind::AsyncVoid {
            return self.async_void_call(i).unwrap_or_default();
        }
        let sig = self.g.sigs[i].clone();
        let e = self.call_of(i, 2).expect("Main can call every method");
        match (
            e.ty.clone(),
            self.chance(60) || !super::calls::is_statement_expr(&e),
        ) {
            (Ty::Void, _) | (_, false) => vec![Stmt::Expr(e)],
            (_, true) => {
                let tag = self.tag();
                vec![self.print_tagged(format!("{tag}.{}", sig.name), vec![e])]
            }
        }
    }

    /// A method's top-level statements: until the budget runs out or a jump ends the body.
    pub(super) fn top_list(&mut self, d: u32) -> Block {
        let mut out = Vec::new();
        while self.stmts_left > 0 {
            let s = self.stmt(d);
            let jump = s.last().is_some_and(|s| s.is_jump());
            out.extend(s);
            if jump {
                return out;
            }
        }
        self.settle_pending(&mut out);
        out
    }

    /// Statements into the current scope until the budget runs out or a jump ends the block.
    pub fn stmt_list(&mut self, d: u32) -> Block {
        let mut out = Vec::new();
        let max = 1 + self.rng().below(5) as i64;
        for _ in 0..max {
            if self.stmts_left <= 0 {
                break;
            }
            let s = self.stmt(d);
            let jump = s.last().is_some_and(|s| s.is_jump());
            out.extend(s);
            if jump {
                return out;
            }
        }
        self.settle_pending(&mut out);
        out
    }

    /// A block in a new scope.
    pub fn block(&mut self, d: u32) -> Block {
        self.scopes.push(vec![]);
        let b = self.stmt_list(d);
        self.scopes.pop();
        b
    }

    /// A block run with `ctl` as its jump context.
    pub fn block_with(&mut self, d: u32, ctl: Ctl) -> Block {
        let saved = self.ctl;
        self.ctl = ctl;
        let b = self.block(d);
        self.ctl = saved;
        b
    }
}
