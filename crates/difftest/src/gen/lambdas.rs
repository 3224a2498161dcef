//! Lambdas, closures, method groups, async lambdas, `Task.Run` and LINQ (issue 16).
//!
//! Determinism: a delegate that captures a variable is made, kept and invoked in the variable's
//! own method, synchronously or awaited at once, so what it reads and writes is read and written
//! by one flow at a time (an async lambda or `Task.Run`'s work runs on a pool thread while its
//! caller awaits it). Delegates handed to the program's methods (`Func<int, int>` parameters)
//! capture nothing: a pure method's task may run while its caller goes on. A LINQ selector counts
//! its runs in a captured local, which shows deferred execution (nothing runs before the query is
//! enumerated, everything again at each enumeration); its values stay small, so `Sum` (checked
//! in .NET) never overflows.
//!
//! mcs is the oracle: no local functions (C# 7), no static lambdas (C# 9), no discards.

use super::body::{Body, Var};
use crate::ast::*;

fn param(name: &str, ty: Ty) -> Param {
    Param {
        ty,
        name: name.into(),
    }
}

fn lambda(is_async: bool, params: Vec<Param>, body: LambdaBody, ty: Ty) -> Expr {
    let l = Lambda {
        is_async,
        params,
        body,
    };
    Expr::new(ExprKind::Lambda(Box::new(l)), ty)
}

fn invoke(f: Expr, args: Vec<Expr>, ty: Ty) -> Expr {
    let mut v = vec![f];
    v.extend(args);
    Expr::new(ExprKind::Invoke(v), ty)
}

fn int(name: &str) -> Expr {
    Expr::local(name, Ty::Int)
}

fn bin(op: BinOp, a: Expr, b: Expr) -> Expr {
    Expr::binary(op, a, b, Ty::Int)
}

fn int_to_int() -> Ty {
    Ty::func(vec![Ty::Int], Ty::Int)
}

impl Body<'_> {
    /// One closure pattern (a few statements), or None when it cannot be made here.
    pub(super) fn lambda_stmt(&mut self, _d: u32) -> Option<Block> {
        if self.in_ctor || !self.room_for(16) {
            return None;
        }
        let a = self.is_async;
        let groups = self.method_groups();
        let k = self.rng().weighted(&[
            4,
            3,
            2,
            if groups.is_empty() { 0 } else { 2 },
            if a { 3 } else { 0 },
            if a { 3 } else { 0 },
            4,
        ]);
        self.cost += self.mult * 12;
        self.stmts_left -= 2;
        let mut out = Vec::new();
        match k {
            0 => self.closure_sees_change(&mut out),
            1 => self.closures_in_loop(&mut out),
            2 => self.nested_lambdas(&mut out),
            3 => {
                let j = *self.rng().pick(&groups);
                self.method_group(j, &mut out)
            }
            4 => self.async_lambda(&mut out),
            5 => self.task_run(&mut out),
            _ => self.linq(&mut out),
        }
        Some(out)
    }

    /// An int variable closures capture and the code then changes: an assignable local or
    /// parameter in scope, or a new local.
    fn captured(&mut self, out: &mut Block) -> String {
        let vs = self
            .vars_where(|v| v.ty == Ty::Int && v.assignable && v.member.is_none() && !v.is_static);
        if !vs.is_empty() && self.chance(50) {
            return self.rng().pick(&vs).name.clone();
        }
        let name = self.fresh("c");
        let init = self.expr(&Ty::Int, 1);
        out.push(Stmt::Local(Ty::Int, name.clone(), init));
        self.declare(Var::new(&name, Ty::Int, true));
        name
    }

    /// `c += k;` or `c = e;`: the closures made before see the new value.
    fn change(&mut self, c: &str, out: &mut Block) {
        // In async bodies the closure often outlives a suspension: the captured variable lives
        // in the state machine's closure, not on the stack.
        if self.is_async && self.chance(35) {
            out.push(self.pause_stmt());
        }
        if self.chance(60) {
            let k = self.rng().range(1, 9) as i32;
            out.push(Stmt::Assign(int(c), AssignOp::Add, Expr::int(k)));
        } else {
            let v = self.expr(&Ty::Int, 1);
            out.push(Stmt::Assign(int(c), AssignOp::Set, v));
        }
    }

    /// `int r = v;` (a new variable of the scope), returning its read.
    fn result(&mut self, v: Expr, out: &mut Block) -> Expr {
        let ty = v.ty.clone();
        let name = self.fresh("r");
        out.push(Stmt::Local(ty.clone(), name.clone(), v));
        self.declare(Var::new(&name, ty.clone(), ty.is_scalar()));
        Expr::local(&name, ty)
    }

    /// Effectful code prints the results; pure code keeps them in its variables.
    fn show(&mut self, holes: Vec<Expr>, out: &mut Block) {
        if !self.pure {
            out.push(self.print(holes));
        }
    }

    fn small(&mut self) -> Expr {
        Expr::int(self.rng().range(1, 9) as i32)
    }

    /// A delegate local: `Func<..> f = lambda;`.
    fn delegate(&mut self, prefix: &str, e: Expr, out: &mut Block) -> Expr {
        let name = self.fresh(prefix);
        out.push(Stmt::Local(e.ty.clone(), name.clone(), e.clone()));
        Expr::local(&name, e.ty)
    }

    /// A lambda capturing `c`, invoked before and after `c` changes.
    fn closure_sees_change(&mut self, out: &mut Block) {
        let c = self.captured(out);
        let x = self.fresh("x");
        let k = self.small();
        match self.rng().below(5) {
            4 => {
                // x => { if (x == k) throw ...; return c / x; }: the exception leaves through
                // the delegate; division by a parameter that may be zero.
                let test = Expr::binary(BinOp::Eq, int(&x), k, Ty::Bool);
                let exc = Expr::new(
                    ExprKind::NewExc(Exc::InvalidOperation, Box::new(Expr::str("lambda"))),
                    Ty::Exc(Exc::InvalidOperation),
                );
                let body = vec![
                    Stmt::If(test, vec![Stmt::Throw(exc)], vec![]),
                    Stmt::Return(Some(bin(BinOp::Div, int(&c), int(&x)))),
                ];
                let f = lambda(
                    false,
                    vec![param(&x, Ty::Int)],
                    LambdaBody::Block(body),
                    int_to_int(),
                );
                let f = self.delegate("fd", f, out);
                self.change(&c, out);
                let a = Expr::int(self.rng().range(0, 9) as i32);
                let r = self.result(invoke(f, vec![a], Ty::Int), out);
                self.show(vec![r, int(&c)], out);
            }
            0 => {
                // x => x * k + c
                let body = bin(BinOp::Add, bin(BinOp::Mul, int(&x), k), int(&c));
                let f = lambda(
                    false,
                    vec![param(&x, Ty::Int)],
                    LambdaBody::Expr(body),
                    int_to_int(),
                );
                let f = self.delegate("fd", f, out);
                let a = self.expr(&Ty::Int, 1);
                let r1 = self.result(invoke(f.clone(), vec![a], Ty::Int), out);
                self.change(&c, out);
                let a = self.small();
                let r2 = self.result(invoke(f, vec![a], Ty::Int), out);
                self.show(vec![r1, r2, int(&c)], out);
            }
            1 => {
                // x => { c = c + x; return c * k; }: the closure writes what it captured.
                let body = vec![
                    Stmt::Assign(int(&c), AssignOp::Set, bin(BinOp::Add, int(&c), int(&x))),
                    Stmt::Return(Some(bin(BinOp::Mul, int(&c), k))),
                ];
                let f = lambda(
                    false,
                    vec![param(&x, Ty::Int)],
                    LambdaBody::Block(body),
                    int_to_int(),
                );
                let f = self.delegate("fd", f, out);
                let a = self.small();
                let r1 = self.result(invoke(f.clone(), vec![a], Ty::Int), out);
                self.show(vec![r1.clone(), int(&c)], out);
                self.change(&c, out);
                let a = self.small();
                let r2 = self.result(invoke(f, vec![a], Ty::Int), out);
                self.show(vec![r2, int(&c)], out);
            }
            2 => {
                // () => c - k
                let f = lambda(
                    false,
                    vec![],
                    LambdaBody::Expr(bin(BinOp::Sub, int(&c), k)),
                    Ty::func(vec![], Ty::Int),
                );
                let f = self.delegate("fd", f, out);
                self.change(&c, out);
                let r = self.result(invoke(f, vec![], Ty::Int), out);
                self.show(vec![r, int(&c)], out);
            }
            _ => {
                // Action<int> f = x => { c += x; }; invoked as a statement.
                let body = vec![Stmt::Assign(int(&c), AssignOp::Add, int(&x))];
                let f = lambda(
                    false,
                    vec![param(&x, Ty::Int)],
                    LambdaBody::Block(body),
                    Ty::func(vec![Ty::Int], Ty::Void),
                );
                let f = self.delegate("act", f, out);
                let a = self.small();
                out.push(Stmt::Expr(invoke(f.clone(), vec![a], Ty::Void)));
                self.show(vec![int(&c)], out);
                let a = self.small();
                out.push(Stmt::Expr(invoke(f, vec![a], Ty::Void)));
                self.show(vec![int(&c)], out);
            }
        }
    }

    /// Lambdas made in a loop and invoked after it: a `for` loop has one variable (every
    /// closure sees its last value), a `foreach` a fresh one per iteration, as does a local
    /// declared in the body.
    fn closures_in_loop(&mut self, out: &mut Block) {
        let c = self.captured(out);
        let fty = Ty::func(vec![], Ty::Int);
        let lty = Ty::list_of(fty.clone());
        let fs = self.fresh("fs");
        out.push(Stmt::Local(
            lty.clone(),
            fs.clone(),
            Expr::new(ExprKind::NewList(vec![]), lty.clone()),
        ));
        let fs = Expr::local(&fs, lty);
        let k = self.small();
        let add = |body: Expr| {
            let f = lambda(false, vec![], LambdaBody::Expr(body), fty.clone());
            Stmt::Expr(Expr::lib(Lib::ListAdd, vec![fs.clone(), f], Ty::Void))
        };
        if self.chance(45) {
            let var = self.fresh("k");
            let cap = self.rng().range(2, 4) as i32;
            let body = bin(BinOp::Add, bin(BinOp::Mul, int(&var), k), int(&c));
            out.push(Stmt::For {
                var,
                cap,
                limit: None,
                body: vec![add(body)],
            });
        } else {
            let arrays = self.vars_where(|v| v.ty == Ty::array_of(Ty::Int) && v.len.is_some());
            let coll = if !arrays.is_empty() && self.chance(50) {
                self.rng().pick(&arrays).read()
            } else {
                let n = self.rng().range(2, 4);
                let items = (0..n).map(|_| self.literal(&Ty::Int)).collect();
                Expr::new(ExprKind::NewArray(items), Ty::array_of(Ty::Int))
            };
            let var = self.fresh("e");
            let mut body = Vec::new();
            let val = if self.chance(40) {
                let w = self.fresh("w");
                body.push(Stmt::Local(
                    Ty::Int,
                    w.clone(),
                    bin(BinOp::Add, int(&var), k),
                ));
                bin(BinOp::Sub, int(&w), int(&c))
            } else {
                bin(BinOp::Sub, bin(BinOp::Mul, int(&var), k), int(&c))
            };
            body.push(add(val));
            out.push(Stmt::Foreach {
                ty: Ty::Int,
                var,
                coll,
                body,
            });
        }
        self.change(&c, out);
        let acc = self.fresh("acc");
        out.push(Stmt::Local(Ty::Int, acc.clone(), Expr::int(0)));
        let g = self.fresh("gd");
        let call = invoke(Expr::local(&g, fty.clone()), vec![], Ty::Int);
        let mut body = vec![Stmt::Assign(int(&acc), AssignOp::Add, call.clone())];
        if !self.pure {
            body.push(self.print(vec![call]));
        }
        out.push(Stmt::Foreach {
            ty: fty,
            var: g,
            coll: fs.clone(),
            body,
        });
        self.declare(Var::new(&acc, Ty::Int, true));
        let count = Expr::lib(Lib::ListCount, vec![fs], Ty::Int);
        self.show(vec![int(&acc), count], out);
    }

    /// A lambda returning a lambda (`a => b => ...`), and one invoking another delegate.
    fn nested_lambdas(&mut self, out: &mut Block) {
        let c = self.captured(out);
        let k = self.small();
        if self.chance(50) {
            let (a, b) = (self.fresh("a"), self.fresh("b"));
            let inner_body = bin(
                BinOp::Sub,
                bin(BinOp::Add, bin(BinOp::Mul, int(&a), k), int(&b)),
                int(&c),
            );
            let inner = lambda(
                false,
                vec![param(&b, Ty::Int)],
                LambdaBody::Expr(inner_body),
                int_to_int(),
            );
            let mk = lambda(
                false,
                vec![param(&a, Ty::Int)],
                LambdaBody::Expr(inner),
                Ty::func(vec![Ty::Int], int_to_int()),
            );
            let mk = self.delegate("mk", mk, out);
            let x = self.expr(&Ty::Int, 1);
            let part = self.delegate("h", invoke(mk.clone(), vec![x], int_to_int()), out);
            self.change(&c, out);
            let y = self.small();
            let r1 = self.result(invoke(part, vec![y], Ty::Int), out);
            let (x, y) = (self.small(), self.small());
            let r2 = self.result(
                invoke(invoke(mk, vec![x], int_to_int()), vec![y], Ty::Int),
                out,
            );
            self.show(vec![r1, r2], out);
        } else {
            let x = self.fresh("x");
            let f = lambda(
                false,
                vec![param(&x, Ty::Int)],
                LambdaBody::Expr(bin(BinOp::Add, int(&x), int(&c))),
                int_to_int(),
            );
            let f = self.delegate("fd", f, out);
            let body = bin(BinOp::Mul, invoke(f, vec![int(&c)], Ty::Int), k);
            let g = lambda(
                false,
                vec![],
                LambdaBody::Expr(body),
                Ty::func(vec![], Ty::Int),
            );
            let g = self.delegate("gd", g, out);
            self.change(&c, out);
            let r = self.result(invoke(g, vec![], Ty::Int), out);
            self.show(vec![r, int(&c)], out);
        }
    }

    /// Static methods of `Program` usable as a `Func<int, int>`: synchronous, one int
    /// parameter, an int result, not recursive (a depth from anywhere could recurse deep).
    fn method_groups(&self) -> Vec<usize> {
        (0..self.g.sigs.len())
            .filter(|&j| {
                let s = &self.g.sigs[j];
                s.kind == Kind::Sync
                    && !s.recursive
                    && s.owner.is_none()
                    && s.ret == Ty::Int
                    && s.params.len() == 1
                    && s.params[0].ty == Ty::Int
                    && self.callable(j)
                    && self.me != Some(j)
                    && self.room_for(2 * self.g.costs[j])
            })
            .collect()
    }

    /// `Func<int, int> f = M3;`, invoked directly and through a lambda.
    fn method_group(&mut self, j: usize, out: &mut Block) {
        let name = self.g.sigs[j].name.clone();
        self.note_call(j);
        self.note_call(j);
        let f = Expr::new(ExprKind::MethodGroup(name), int_to_int());
        let f = self.delegate("fd", f, out);
        let a = self.expr(&Ty::Int, 1);
        let r1 = self.result(invoke(f.clone(), vec![a], Ty::Int), out);
        let x = self.fresh("x");
        let k = self.small();
        let body = bin(BinOp::Add, invoke(f, vec![int(&x)], Ty::Int), k);
        let h = lambda(
            false,
            vec![param(&x, Ty::Int)],
            LambdaBody::Expr(body),
            int_to_int(),
        );
        let h = self.delegate("hd", h, out);
        let r2 = self.result(invoke(h, vec![r1.clone()], Ty::Int), out);
        self.show(vec![r1, r2], out);
    }

    /// `Func<Task<int>> af = async () => { await ...; return ...; };` awaited after the
    /// captured variable changes (async bodies only).
    fn async_lambda(&mut self, out: &mut Block) {
        let c = self.captured(out);
        let k = self.small();
        let with_param = self.chance(40);
        let x = self.fresh("x");
        let mut body = Vec::new();
        if !self.pure && self.chance(40) {
            body.push(self.print(vec![int(&c)]));
        }
        body.push(self.pause_stmt());
        let mut v = bin(BinOp::Add, bin(BinOp::Mul, int(&c), Expr::int(2)), k);
        if with_param {
            v = bin(BinOp::Add, v, int(&x));
        }
        if self.chance(30) {
            // The lambda writes the captured variable after its await.
            body.push(Stmt::Assign(int(&c), AssignOp::Add, Expr::int(1)));
            v = bin(BinOp::Sub, v, int(&c));
        }
        body.push(Stmt::Return(Some(v)));
        let tint = Ty::task_of(Ty::Int);
        let (params, pty) = if with_param {
            (vec![param(&x, Ty::Int)], vec![Ty::Int])
        } else {
            (vec![], vec![])
        };
        let fty = Ty::func(pty, tint.clone());
        let af = lambda(true, params, LambdaBody::Block(body), fty);
        let af = self.delegate("af", af, out);
        self.change(&c, out);
        let args = if with_param {
            vec![self.small()]
        } else {
            vec![]
        };
        let r = self.result(Expr::await_(invoke(af, args, tint)), out);
        self.show(vec![r, int(&c)], out);
    }

    /// `await Task.Run(() => ...)` and `await Task.Run(async () => ...)` (async bodies only).
    fn task_run(&mut self, out: &mut Block) {
        let c = self.captured(out);
        let k = self.small();
        let tint = Ty::task_of(Ty::Int);
        let sync_body = bin(BinOp::Add, bin(BinOp::Mul, int(&c), k), Expr::int(1));
        let work = if !self.pure && self.chance(30) {
            let p = self.print(vec![int(&c)]);
            lambda(
                false,
                vec![],
                LambdaBody::Block(vec![p, Stmt::Return(Some(sync_body))]),
                Ty::func(vec![], Ty::Int),
            )
        } else {
            lambda(
                false,
                vec![],
                LambdaBody::Expr(sync_body),
                Ty::func(vec![], Ty::Int),
            )
        };
        let run = Expr::lib(Lib::TaskRun, vec![work], tint.clone());
        let r1 = self.result(Expr::await_(run), out);
        self.change(&c, out);
        let body = vec![
            self.pause_stmt(),
            Stmt::Return(Some(bin(BinOp::Add, r1.clone(), int(&c)))),
        ];
        let work = lambda(
            true,
            vec![],
            LambdaBody::Block(body),
            Ty::func(vec![], tint.clone()),
        );
        let run = Expr::lib(Lib::TaskRun, vec![work], tint);
        let r2 = self.result(Expr::await_(run), out);
        self.show(vec![r1, r2], out);
    }

    /// A deferred query whose selector counts its runs, then `ToList`, `Sum`, `Count` (and in
    /// effectful code a `foreach` over it): each enumeration runs the selector again.
    fn linq(&mut self, out: &mut Block) {
        let seqs = self.vars_where(|v| {
            (v.ty == Ty::array_of(Ty::Int) && v.len.is_some()) || v.ty == Ty::list_of(Ty::Int)
        });
        let src = if !seqs.is_empty() && self.chance(60) {
            self.rng().pick(&seqs).read()
        } else {
            let n = self.rng().range(2, 5);
            let items = (0..n).map(|_| self.literal(&Ty::Int)).collect();
            if self.chance(50) {
                Expr::new(ExprKind::NewArray(items), Ty::array_of(Ty::Int))
            } else {
                Expr::new(ExprKind::NewList(items), Ty::list_of(Ty::Int))
            }
        };
        let cnt = self.fresh("cnt");
        out.push(Stmt::Local(Ty::Int, cnt.clone(), Expr::int(0)));
        let x = self.fresh("x");
        let k = self.small();
        // Values below 110 in size: Sum (checked in .NET) cannot overflow.
        let sel = vec![
            Stmt::Expr(Expr::new(
                ExprKind::IncDec(IncDec::PostInc, Box::new(int(&cnt))),
                Ty::Int,
            )),
            Stmt::Return(Some(bin(
                BinOp::Add,
                bin(BinOp::Rem, int(&x), Expr::int(100)),
                k,
            ))),
        ];
        let seq = Ty::Seq(Box::new(Ty::Int));
        let sel = lambda(
            false,
            vec![param(&x, Ty::Int)],
            LambdaBody::Block(sel),
            int_to_int(),
        );
        let mut q = Expr::lib(Lib::Select, vec![src, sel], seq.clone());
        if self.chance(60) {
            let y = self.fresh("y");
            let m = self.small();
            let pred = if self.chance(50) {
                Expr::binary(
                    BinOp::Eq,
                    bin(BinOp::Rem, int(&y), Expr::int(2)),
                    Expr::int(0),
                    Ty::Bool,
                )
            } else {
                Expr::binary(BinOp::Gt, int(&y), m, Ty::Bool)
            };
            let pred = lambda(
                false,
                vec![param(&y, Ty::Int)],
                LambdaBody::Expr(pred),
                Ty::func(vec![Ty::Int], Ty::Bool),
            );
            q = Expr::lib(Lib::Where, vec![q, pred], seq.clone());
        }
        let q = self.delegate("q", q, out);
        self.show(vec![int(&cnt)], out);
        let list = Expr::lib(Lib::ToList, vec![q.clone()], Ty::list_of(Ty::Int));
        let l = self.result(list, out);
        self.show(
            vec![
                int(&cnt),
                Expr::lib(Lib::Join, vec![Expr::str(","), l.clone()], Ty::Str),
            ],
            out,
        );
        let s = self.result(Expr::lib(Lib::Sum, vec![q.clone()], Ty::Int), out);
        let n = self.result(Expr::lib(Lib::LinqCount, vec![q.clone()], Ty::Int), out);
        self.show(vec![int(&cnt), s, n], out);
        if !self.pure && self.chance(40) {
            let v = self.fresh("v");
            let p = self.print(vec![int(&v), int(&cnt)]);
            out.push(Stmt::Foreach {
                ty: Ty::Int,
                var: v,
                coll: q,
                body: vec![p],
            });
        }
        self.declare(Var::new(&cnt, Ty::Int, true));
    }

    /// An argument for a `Func<int, int>` parameter: a lambda that captures nothing.
    pub(super) fn func_arg(&mut self) -> Expr {
        let x = self.fresh("x");
        let k = self.small();
        let m = self.small();
        let body = match self.rng().below(3) {
            0 => LambdaBody::Expr(bin(BinOp::Add, bin(BinOp::Mul, int(&x), k), m)),
            1 => LambdaBody::Expr(bin(BinOp::Sub, bin(BinOp::Rem, int(&x), Expr::int(7)), k)),
            _ => LambdaBody::Block(vec![
                Stmt::If(
                    Expr::binary(BinOp::Gt, int(&x), k, Ty::Bool),
                    vec![Stmt::Return(Some(bin(BinOp::Sub, int(&x), m)))],
                    vec![],
                ),
                Stmt::Return(Some(bin(BinOp::Mul, int(&x), Expr::int(2)))),
            ]),
        };
        lambda(false, vec![param(&x, Ty::Int)], body, int_to_int())
    }

    /// `fn(e)`: a call of a `Func<int, int>` parameter in scope.
    pub(super) fn invoke_fn(&mut self, d: u32) -> Option<Expr> {
        let fs = self.vars_where(|v| v.ty == int_to_int());
        if fs.is_empty() || d == 0 {
            return None;
        }
        let f = self.rng().pick(&fs).read();
        let a = self.int_expr(d - 1);
        Some(invoke(f, vec![a], Ty::Int))
    }
}
