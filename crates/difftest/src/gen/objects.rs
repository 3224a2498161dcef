//! Objects in bodies: `new`, reads and writes of members, calls of instance methods, identity
//! comparisons, and null guards.
//!
//! Rules kept here:
//! - objects are shared state: only effectful code (never pure code) sees them;
//! - an object expression is "in reach" when no dereference on the way can fail: class-typed
//!   variables (a non-nullable one is only ever assigned objects), `this`, and members reached
//!   through non-null objects. Everything but null guards dereferences only those;
//! - a dereference that may meet null happens only as the one statement of
//!   `try { ... } catch (NullReferenceException) { Console.WriteLine("tag:null"); }`, so no
//!   NullReferenceException escapes to a handler that prints its message (Mono's text differs
//!   from .NET's), and callees never throw one;
//! - the members of `this` are variables (Body::enter_class); the code here handles the
//!   members of other objects.

use super::body::{Body, Var};
use super::classes::{trace, MemberInfo, Write};
use crate::ast::*;

impl Body<'_> {
    /// The body of an instance method (or constructor) of class `c`: the members of `this`
    /// become variables, assignable where C# allows (readonly fields and get-only properties in
    /// constructors only).
    pub(super) fn enter_class(&mut self, c: usize, in_ctor: bool) {
        self.this_class = Some(c);
        self.in_ctor = in_ctor;
        let info = self.g.infos[c].clone();
        let members = info
            .members
            .iter()
            .map(|m| {
                let write = match m.write {
                    Write::Never => false,
                    Write::CtorThis => in_ctor,
                    Write::Class | Write::Anyone => true,
                };
                let assignable = write && !matches!(m.ty, Ty::List(_));
                Var {
                    len: m.len,
                    member: Some(info.name.clone()),
                    nullable: m.nullable,
                    ..Var::new(&m.name, m.ty.clone(), assignable)
                }
            })
            .collect();
        self.scopes.insert(0, members);
    }

    /// A constructor's body: its parameters stored in members of the same type (the usual
    /// constructor), the static counter counted, then statements like a method's.
    pub(super) fn ctor_body(&mut self) -> Block {
        let mut out = Vec::new();
        let c = self.this_class.unwrap();
        if let Some(n) = self.g.infos[c].statics.first().cloned() {
            if self.chance(70) {
                let e = Expr::new(ExprKind::Static(n), Ty::Int);
                out.push(Stmt::Expr(Expr::new(
                    ExprKind::IncDec(IncDec::PostInc, Box::new(e)),
                    Ty::Int,
                )));
            }
        }
        let params = self.scopes.last().unwrap().clone();
        for p in params {
            let targets = self.vars_where(|v| v.member.is_some() && v.assignable && v.ty == p.ty);
            if !targets.is_empty() && self.chance(75) {
                let t = self.rng().pick(&targets).read();
                out.push(Stmt::Assign(t, AssignOp::Set, p.read()));
            }
        }
        if self.chance(60) {
            let holes = self
                .vars_where(|v| v.member.is_none() && !v.is_static && v.ty.is_scalar())
                .iter()
                .map(|v| v.read())
                .collect();
            out.push(self.print(holes));
        }
        out.extend(self.top_list(2));
        self.finish(&mut out);
        out
    }

    /// Effectful code of a program with classes.
    pub fn objects_ok(&self) -> bool {
        !self.pure && !self.g.infos.is_empty()
    }

    fn class_idx(&self, ty: &Ty) -> usize {
        self.g.class_index(ty)
    }

    /// A constructor of class `i` creates objects of later classes only (no `new` recurses).
    fn can_new(&self, c: usize) -> bool {
        !self.in_ctor || self.this_class.is_some_and(|own| c > own)
    }

    fn this_expr(&self) -> Option<Expr> {
        self.this_class
            .map(|c| Expr::new(ExprKind::This, self.g.infos[c].ty()))
    }

    /// Members of class `c` this code may read.
    fn readable(&self, c: usize) -> Vec<MemberInfo> {
        let inside = self.this_class == Some(c);
        self.g.infos[c]
            .members
            .iter()
            .filter(|m| m.public || inside)
            .cloned()
            .collect()
    }

    /// Members of class `c` this code may assign through an object that is not `this`.
    fn writable(&self, c: usize) -> Vec<MemberInfo> {
        let inside = self.this_class == Some(c);
        self.g.infos[c]
            .members
            .iter()
            .filter(|m| m.write == Write::Anyone || (m.write == Write::Class && inside))
            .cloned()
            .collect()
    }

    /// The objects in reach, each with whether it may be null (see the module comment).
    pub fn objects(&self) -> Vec<(Expr, bool)> {
        let mut out = Vec::new();
        if let Some(t) = self.this_expr() {
            out.push((t, false));
        }
        for v in self.vars() {
            if matches!(v.ty, Ty::Class(_)) {
                out.push((v.read(), v.nullable));
            }
        }
        // `this`'s members are variables already.
        let mut frontier: Vec<Expr> = out
            .iter()
            .filter(|(e, n)| !n && e.kind != ExprKind::This)
            .map(|(e, _)| e.clone())
            .collect();
        for _ in 0..2 {
            let mut next = Vec::new();
            for o in frontier {
                for m in self.readable(self.class_idx(&o.ty)) {
                    if matches!(m.ty, Ty::Class(_)) {
                        let e = member(&o, &m);
                        if !m.nullable {
                            next.push(e.clone());
                        }
                        out.push((e, m.nullable));
                    }
                }
            }
            frontier = next;
        }
        out.truncate(48);
        out
    }

    fn non_null_objects(&self, of: Option<&Ty>) -> Vec<Expr> {
        self.objects()
            .into_iter()
            .filter(|(e, n)| !n && of.is_none_or(|t| e.ty == *t))
            .map(|(e, _)| e)
            .collect()
    }

    /// A non-null object of class `c`: one in reach mostly, else a new one. None only in a
    /// constructor that may not create it.
    pub fn object(&mut self, c: usize, d: u32) -> Option<Expr> {
        let have = self.non_null_objects(Some(&self.g.infos[c].ty()));
        if !have.is_empty() && (self.chance(75) || !self.can_new(c)) {
            return Some(self.rng().pick(&have).clone());
        }
        if !self.can_new(c) {
            return None;
        }
        Some(self.new_object(c, d))
    }

    /// `new C(args)`: arguments may await, and are sometimes traced to show that they run
    /// before the initializers and the constructor; the cost counts those.
    pub fn new_object(&mut self, c: usize, d: u32) -> Expr {
        let info = self.g.infos[c].clone();
        let (k, params) = if info.ctors.is_empty() {
            (None, vec![])
        } else {
            let k = self.rng().below(info.ctors.len());
            (Some(k), info.ctors[k].clone())
        };
        self.cost += self.mult * info.costs[k.unwrap_or(0)];
        self.blocks |= info.blocks[k.unwrap_or(0)];
        let mut args = Vec::new();
        // Often one argument awaits: the object is created after the await resumes, from
        // arguments partly evaluated before it.
        let awaiting = if self.is_async && !params.is_empty() && self.chance(30) {
            Some(self.rng().below(params.len()))
        } else {
            None
        };
        for (k, p) in params.iter().enumerate() {
            let a = if awaiting == Some(k) {
                self.awaited_value(&p.ty)
            } else {
                self.expr(&p.ty, d.saturating_sub(1))
            };
            args.push(if self.chance(20) {
                let tag = self.tag();
                trace(&tag, a)
            } else {
                a
            });
        }
        Expr::new(ExprKind::New(info.name.clone(), k, args), info.ty())
    }

    /// The receiver of a call of an instance method of class `c`.
    pub fn receiver(&mut self, c: usize, d: u32) -> Expr {
        if self.this_class == Some(c) && self.chance(60) {
            return self.this_expr().unwrap();
        }
        self.object(c, d)
            .expect("only constructors cannot make objects, and they call no method")
    }

    /// A value of type `ty` read from a member of an object that is not `this`: `o.f`,
    /// `o.Next.P`, `new C(..).f`, `o.Items.Count`, `await o.Pending`.
    pub fn member_read(&mut self, ty: &Ty, d: u32) -> Option<Expr> {
        if !self.objects_ok() {
            return None;
        }
        let task = Ty::task_of(Ty::Int);
        let list = Ty::list_of(Ty::Int);
        let fits = |m: &MemberInfo, is_async: bool| {
            m.ty == *ty || (*ty == Ty::Int && (m.ty == list || (is_async && m.ty == task)))
        };
        let objs: Vec<Expr> = self
            .non_null_objects(None)
            .into_iter()
            .filter(|e| e.kind != ExprKind::This)
            .collect();
        let mut cands: Vec<(Expr, MemberInfo)> = Vec::new();
        for o in objs {
            for m in self.readable(self.class_idx(&o.ty)) {
                if fits(&m, self.is_async) {
                    cands.push((o.clone(), m));
                }
            }
        }
        let (o, m) = if cands.is_empty() || self.chance(8) {
            let n = self.g.infos.len();
            let c = self.rng().below(n);
            let ms: Vec<MemberInfo> = self
                .readable(c)
                .into_iter()
                .filter(|m| fits(m, self.is_async))
                .collect();
            if ms.is_empty() || !self.can_new(c) || !self.room_for(self.g.infos[c].costs[0]) {
                return None;
            }
            let m = self.rng().pick(&ms).clone();
            (self.new_object(c, d), m)
        } else {
            self.rng().pick(&cands).clone()
        };
        let e = member(&o, &m);
        Some(if m.ty == task {
            Expr::await_(e)
        } else if m.ty == list {
            Expr::lib(Lib::ListCount, vec![e], Ty::Int)
        } else {
            e
        })
    }

    /// `a == b`, `a != b`, `a == null`: compares references, never dereferences them.
    pub fn identity(&mut self) -> Option<Expr> {
        if !self.objects_ok() {
            return None;
        }
        let objs = self.objects();
        if objs.is_empty() {
            return None;
        }
        let (a, _) = self.rng().pick(&objs).clone();
        let same: Vec<Expr> = objs
            .into_iter()
            .filter(|(e, _)| e.ty == a.ty && *e != a)
            .map(|(e, _)| e)
            .collect();
        let b = if !same.is_empty() && self.chance(75) {
            self.rng().pick(&same).clone()
        } else {
            Expr::new(ExprKind::Null, a.ty.clone())
        };
        let op = if self.chance(60) {
            BinOp::Eq
        } else {
            BinOp::Ne
        };
        Some(Expr::binary(op, a, b, Ty::Bool))
    }

    /// A statement about objects.
    pub fn object_stmt(&mut self, d: u32) -> Option<Block> {
        match self
            .rng()
            .weighted(&[30, 45, if d > 0 { 30 } else { 0 }, 8])
        {
            0 => self.object_local(),
            1 => self.member_assign(),
            2 => self.null_guard(),
            _ => self.member_list_add(),
        }
    }

    /// `C o = new C(..);`, `C o = p;` (two names for one object), or `C n = null;` /
    /// `C n = cond ? o : null;` (a variable only null guards dereference).
    fn object_local(&mut self) -> Option<Block> {
        let n = self.g.infos.len();
        let c = self.rng().below(n);
        let ty = self.g.infos[c].ty();
        let (init, nullable) = match self.rng().weighted(&[55, 20, 25]) {
            0 if self.can_new(c) => (self.new_object(c, 2), false),
            0 => return None,
            1 => (self.object(c, 2)?, false),
            _ => {
                let have = self.non_null_objects(Some(&ty));
                let null = Expr::new(ExprKind::Null, ty.clone());
                if !have.is_empty() && self.chance(50) {
                    let o = self.rng().pick(&have).clone();
                    let g = self.guard();
                    let e = ExprKind::Cond(Box::new(g), Box::new(o), Box::new(null));
                    (Expr::new(e, ty.clone()), true)
                } else {
                    (null, true)
                }
            }
        };
        let name = self.fresh(if nullable { "n" } else { "o" });
        self.declare(Var {
            nullable,
            ..Var::new(&name, ty.clone(), true)
        });
        Some(vec![Stmt::Local(ty, name, init)])
    }

    /// `o.f op= value` on an object in reach other than `this` (whose members are variables
    /// that `assign_stmt` assigns): C# reads `o`, then (compound) `o.f`, then the value.
    fn member_assign(&mut self) -> Option<Block> {
        let mut cands = Vec::new();
        for o in self.non_null_objects(None) {
            if o.kind == ExprKind::This {
                continue;
            }
            for m in self.writable(self.class_idx(&o.ty)) {
                cands.push((o.clone(), m));
            }
        }
        if cands.is_empty() {
            return None;
        }
        let (o, m) = self.rng().pick(&cands).clone();
        self.write_member(member(&o, &m), &m)
    }

    /// Assigns member `m` (read as `target`): an element for a list, `++` at times for an int.
    fn write_member(&mut self, target: Expr, m: &MemberInfo) -> Option<Block> {
        match &m.ty {
            Ty::List(_) => {
                let n = m.len.filter(|n| *n > 0)?;
                let i = Expr::int(self.rng().below(n) as i32);
                let elem = Expr::new(ExprKind::Index(Box::new(target), Box::new(i)), Ty::Int);
                self.assign_to(elem, false)
            }
            Ty::Int if self.chance(20) => {
                let op = *self.rng().pick(&[IncDec::PostInc, IncDec::PreDec]);
                Some(vec![Stmt::Expr(Expr::new(
                    ExprKind::IncDec(op, Box::new(target)),
                    Ty::Int,
                ))])
            }
            _ => self.assign_to(target, m.nullable),
        }
    }

    /// `o.Items.Add(v)` on an object in reach other than `this`.
    fn member_list_add(&mut self) -> Option<Block> {
        let mut cands = Vec::new();
        for o in self.non_null_objects(None) {
            if o.kind == ExprKind::This {
                continue;
            }
            for m in self.readable(self.class_idx(&o.ty)) {
                if matches!(m.ty, Ty::List(_)) {
                    cands.push(member(&o, &m));
                }
            }
        }
        if cands.is_empty() {
            return None;
        }
        let l = self.rng().pick(&cands).clone();
        let v = self.expr(&Ty::Int, 1);
        Some(vec![Stmt::Expr(Expr::lib(
            Lib::ListAdd,
            vec![l, v],
            Ty::Void,
        ))])
    }

    /// `try { <one dereference of what may be null> } catch (NullReferenceException) { trace }`:
    /// a read (C# evaluates the operands before it first), an assignment (a simple one
    /// evaluates its value first, a compound one reads the member first), a call (its arguments
    /// run first: the null check is the call's) or a chain through a nullable member.
    fn null_guard(&mut self) -> Option<Block> {
        let mut out = Vec::new();
        let nullables: Vec<Expr> = self
            .objects()
            .into_iter()
            .filter(|(_, n)| *n)
            .map(|(e, _)| e)
            .collect();
        let target = if !nullables.is_empty() && self.chance(70) {
            self.rng().pick(&nullables).clone()
        } else {
            let n = self.g.infos.len();
            let c = self.rng().below(n);
            let ty = self.g.infos[c].ty();
            let name = self.fresh("n");
            out.push(Stmt::Local(
                ty.clone(),
                name.clone(),
                Expr::new(ExprKind::Null, ty.clone()),
            ));
            self.declare(Var {
                nullable: true,
                ..Var::new(&name, ty.clone(), true)
            });
            Expr::local(&name, ty)
        };
        let c = self.class_idx(&target.ty);
        let mut body = None;
        for _ in 0..4 {
            body = match self.rng().weighted(&[35, 30, 20, 15]) {
                0 => self.guarded_read(&target, c),
                1 => {
                    let ms: Vec<MemberInfo> = self
                        .writable(c)
                        .into_iter()
                        .filter(|m| m.ty.is_scalar())
                        .collect();
                    if ms.is_empty() {
                        None
                    } else {
                        let m = self.rng().pick(&ms).clone();
                        self.write_member(member(&target, &m), &m)
                    }
                }
                2 => self.guarded_call(&target, c),
                _ => {
                    let links: Vec<MemberInfo> = self
                        .readable(c)
                        .into_iter()
                        .filter(|m| matches!(m.ty, Ty::Class(_)))
                        .collect();
                    if links.is_empty() {
                        None
                    } else {
                        let l = self.rng().pick(&links).clone();
                        let next = member(&target, &l);
                        let c2 = self.class_idx(&l.ty);
                        self.guarded_read(&next, c2)
                    }
                }
            };
            if body.is_some() {
                break;
            }
        }
        let body = match body {
            Some(b) => b,
            None => self.guarded_read(&target, c)?,
        };
        let tag = self.tag();
        out.push(Stmt::Try {
            body,
            catches: vec![Catch {
                exc: Some(Exc::NullReference),
                var: None,
                body: vec![self.print_tagged(format!("{tag}:null"), vec![])],
            }],
            finally: None,
        });
        Some(out)
    }

    /// A trace of a scalar member of `target`, sometimes after a traced operand.
    fn guarded_read(&mut self, target: &Expr, c: usize) -> Option<Block> {
        let ms: Vec<MemberInfo> = self
            .readable(c)
            .into_iter()
            .filter(|m| m.ty.is_scalar())
            .collect();
        if ms.is_empty() {
            return None;
        }
        let m = self.rng().pick(&ms).clone();
        let mut holes = Vec::new();
        if self.chance(40) {
            let tag = self.tag();
            let v = self.expr(&Ty::Int, 1);
            holes.push(trace(&tag, v));
        }
        holes.push(member(target, &m));
        Some(vec![self.print(holes)])
    }

    /// A call of an instance method of class `c` through `target`.
    fn guarded_call(&mut self, target: &Expr, c: usize) -> Option<Block> {
        let cands: Vec<usize> = (0..self.g.sigs.len())
            .filter(|&i| {
                self.g.sigs[i].owner == Some(c)
                    && self.callable(i)
                    && self.room_for(self.call_cost(i))
            })
            .collect();
        if cands.is_empty() {
            return None;
        }
        let i = *self.rng().pick(&cands);
        let e = self.call_on(i, 2, Some(target.clone()))?;
        if e.ty == Ty::Void || super::calls::is_statement_expr(&e) && self.chance(50) {
            Some(vec![Stmt::Expr(e)])
        } else {
            Some(vec![self.print(vec![e])])
        }
    }
}

/// `o.m`.
fn member(o: &Expr, m: &MemberInfo) -> Expr {
    Expr::new(
        ExprKind::Member(Box::new(o.clone()), m.name.clone()),
        m.ty.clone(),
    )
}
