//! A quick static check of a program tree: the C# rules the generator keeps by construction and
//! a reduction step can break (a read of a deleted local, a `break` unwrapped out of its loop,
//! a non-void method without its final return...). The reducer skips candidates that fail it
//! without running anything; `Err` says what is wrong.

use crate::ast::*;
use crate::gen::is_statement_expr;
use std::collections::HashSet;

pub fn check(p: &Program) -> Result<(), String> {
    let statics: Vec<String> = p.classes.iter().flat_map(|c| c.static_names()).collect();
    let mut fields: HashSet<&str> = p.fields.iter().map(|f| f.name.as_str()).collect();
    fields.extend(statics.iter().map(|s| s.as_str()));
    // Constructors are checked as the void methods of their class they nearly are.
    let ctors: Vec<Method> = p
        .classes
        .iter()
        .flat_map(|c| {
            c.ctors.iter().enumerate().map(|(k, ctor)| Method {
                name: format!("{}.ctor{k}", c.name),
                kind: Kind::Sync,
                ret: Ty::Void,
                params: ctor.params.clone(),
                body: ctor.body.clone(),
                pure: false,
                recursive: false,
                owner: Some(c.name.clone()),
            })
        })
        .collect();
    check_classes(p, &fields)?;
    for m in p.methods.iter().chain(&ctors) {
        if let Some(o) = &m.owner {
            if p.class(o).is_none() {
                return Err(format!("{}: of a class that is gone", m.name));
            }
        }
        if let Some(q) = m.params.iter().find(|q| !type_exists(p, &q.ty)) {
            return Err(format!(
                "{}: parameter {} of a class that is gone",
                m.name, q.name
            ));
        }
        let mut c = Checker {
            p,
            m,
            fields: &fields,
            scopes: vec![m.params.iter().map(|p| p.name.clone()).collect()],
            in_loop: false,
            in_catch: false,
            in_finally: false,
            in_switch: false,
            switches: Vec::new(),
            sources: Vec::new(),
        };
        c.block(&m.body).map_err(|e| format!("{}: {e}", m.name))?;
        if m.ret != Ty::Void
            && !m
                .body
                .last()
                .is_some_and(|s| matches!(s, Stmt::Return(_) | Stmt::Throw(_)))
        {
            return Err(format!("{}: does not end with a return", m.name));
        }
        if m.recursive && !starts_with_base_case(&m.body) {
            return Err(format!("{}: the recursion lost its base case", m.name));
        }
        if m.kind == Kind::AsyncVoid
            && !matches!(
                m.body.last(),
                Some(Stmt::Expr(Expr {
                    kind: ExprKind::Lib(Lib::TrySetResult, _),
                    ..
                }))
            )
        {
            return Err(format!(
                "{}: an async void method must end by completing its source",
                m.name
            ));
        }
        // A TaskCompletionSource nobody completes would leave its awaiter waiting forever.
        for s in &c.sources {
            if !completes(&m.body, s) {
                return Err(format!("{}: nothing completes {s}", m.name));
            }
        }
    }
    Ok(())
}

struct Checker<'a> {
    p: &'a Program,
    m: &'a Method,
    fields: &'a HashSet<&'a str>,
    scopes: Vec<Vec<String>>,
    in_loop: bool,
    in_catch: bool,
    in_finally: bool,
    /// `break` leaves a switch here.
    in_switch: bool,
    /// The enclosing switches (outside any finally), innermost last: their sections' labels and
    /// the section being checked (a `goto case` must go to a later one).
    switches: Vec<(Vec<Vec<Option<Lit>>>, usize)>,
    /// TaskCompletionSource locals declared in this method.
    sources: Vec<String>,
}

impl<'a> Checker<'a> {
    fn new(p: &'a Program, m: &'a Method, fields: &'a HashSet<&'a str>) -> Checker<'a> {
        Checker {
            p,
            m,
            fields,
            scopes: vec![m.params.iter().map(|p| p.name.clone()).collect()],
            in_loop: false,
            in_catch: false,
            in_finally: false,
            in_switch: false,
            switches: Vec::new(),
            sources: Vec::new(),
        }
    }

    fn declared(&self, name: &str) -> bool {
        self.scopes.iter().flatten().any(|n| n == name)
    }

    fn declare(&mut self, name: &str) -> Result<(), String> {
        if self.declared(name) {
            return Err(format!("{name} declared twice"));
        }
        self.scopes.last_mut().unwrap().push(name.to_string());
        Ok(())
    }

    fn scoped(&mut self, names: &[&str], b: &Block) -> Result<(), String> {
        self.scopes.push(Vec::new());
        for n in names {
            self.declare(n)?;
        }
        let r = self.block(b);
        self.scopes.pop();
        r
    }

    fn block(&mut self, b: &Block) -> Result<(), String> {
        self.scopes.push(Vec::new());
        let r = b.iter().try_for_each(|s| self.stmt(s));
        self.scopes.pop();
        r
    }

    /// Checks `f` with these contexts; a loop ends the innermost switch's hold on `break`, and
    /// a finally block leaves every switch behind (no jump leaves it, CS0157).
    fn with<T>(
        &mut self,
        in_loop: bool,
        in_catch: bool,
        in_finally: bool,
        f: impl FnOnce(&mut Self) -> T,
    ) -> T {
        let saved = (self.in_loop, self.in_catch, self.in_finally, self.in_switch);
        let entering_finally = in_finally && !self.in_finally;
        let switches = if entering_finally {
            std::mem::take(&mut self.switches)
        } else {
            Vec::new()
        };
        let in_switch = self.in_switch && !in_loop && !entering_finally;
        (self.in_loop, self.in_catch, self.in_finally, self.in_switch) =
            (in_loop, in_catch, in_finally, in_switch);
        let r = f(self);
        (self.in_loop, self.in_catch, self.in_finally, self.in_switch) = saved;
        if entering_finally {
            self.switches = switches;
        }
        r
    }

    fn stmt(&mut self, s: &Stmt) -> Result<(), String> {
        match s {
            Stmt::Local(ty, name, init) => {
                if !type_exists(self.p, ty) {
                    return Err(format!("{name} of a class that is gone"));
                }
                self.expr(init, false)?;
                if matches!(ty, Ty::Tcs(_)) {
                    self.sources.push(name.clone());
                }
                self.declare(name)
            }
            Stmt::Assign(target, _, value) => {
                self.expr(target, true)?;
                self.expr(value, false)
            }
            Stmt::Expr(e) => {
                if !is_statement_expr(e) {
                    return Err("an expression that is not a statement".into());
                }
                self.expr(e, false)
            }
            Stmt::If(c, a, b) => {
                self.expr(c, false)?;
                self.block(a)?;
                self.block(b)
            }
            Stmt::While { cond, body, .. } | Stmt::DoWhile { cond, body, .. } => {
                if let Some(c) = cond {
                    self.expr(c, false)?;
                }
                let (c, f) = (self.in_catch, self.in_finally);
                self.with(true, c, f, |me| me.block(body))
            }
            Stmt::For {
                var, limit, body, ..
            } => {
                if let Some(l) = limit {
                    self.expr(l, false)?;
                }
                let (c, f) = (self.in_catch, self.in_finally);
                self.with(true, c, f, |me| me.scoped(&[var], body))
            }
            Stmt::Foreach {
                var, coll, body, ..
            } => {
                self.expr(coll, false)?;
                let (c, f) = (self.in_catch, self.in_finally);
                self.with(true, c, f, |me| me.scoped(&[var], body))
            }
            Stmt::Break if !self.in_loop && !self.in_switch => {
                Err("break outside a loop or switch".into())
            }
            Stmt::Continue if !self.in_loop => Err("continue outside a loop".into()),
            Stmt::Break | Stmt::Continue => Ok(()),
            Stmt::GotoCase(l) => {
                let Some((labels, at)) = self.switches.last() else {
                    return Err("goto case outside a switch".into());
                };
                match labels.iter().position(|ls| ls.contains(l)) {
                    Some(i) if i > *at => Ok(()),
                    Some(_) => Err("goto case to an earlier section (it could loop)".into()),
                    None => Err("goto case to a label the switch lacks".into()),
                }
            }
            Stmt::Checked(_, b) => self.block(b),
            Stmt::Switch { subject, sections } => {
                self.expr(subject, false)?;
                let labels: Vec<Vec<Option<Lit>>> =
                    sections.iter().map(|s| s.labels.clone()).collect();
                let all: Vec<&Option<Lit>> = labels.iter().flatten().collect();
                for (i, l) in all.iter().enumerate() {
                    if all[..i].contains(l) {
                        return Err("a switch label twice".into());
                    }
                }
                // One block for the switch: names are unique per method anyway.
                self.scopes.push(Vec::new());
                let mut r = Ok(());
                for (i, sec) in sections.iter().enumerate() {
                    if sec.labels.is_empty() {
                        r = Err("a switch section without a label".into());
                        break;
                    }
                    if !sec.body.last().is_some_and(|s| s.is_jump()) {
                        r = Err("a switch section falls through (CS0163)".into());
                        break;
                    }
                    self.switches.push((labels.clone(), i));
                    let saved = self.in_switch;
                    self.in_switch = true;
                    r = self.block(&sec.body);
                    self.in_switch = saved;
                    self.switches.pop();
                    if r.is_err() {
                        break;
                    }
                }
                self.scopes.pop();
                r
            }
            Stmt::Return(_) if self.in_finally => Err("return in a finally".into()),
            Stmt::Return(_) if self.m.kind == Kind::AsyncVoid => {
                Err("return in an async void method".into())
            }
            Stmt::Return(e) => match (e, self.m.ret == Ty::Void) {
                (None, true) => Ok(()),
                (Some(e), false) => self.expr(e, false),
                _ => Err("return value does not match the method".into()),
            },
            Stmt::Throw(e) => self.expr(e, false),
            Stmt::Rethrow if !self.in_catch => Err("throw; outside a catch".into()),
            Stmt::Rethrow => Ok(()),
            Stmt::Try {
                body,
                catches,
                finally,
            } => {
                if catches.is_empty() && finally.is_none() {
                    return Err("try without catch or finally".into());
                }
                self.block(body)?;
                for c in catches {
                    let names: Vec<&str> = c.var.iter().map(|v| v.as_str()).collect();
                    let l = self.in_loop;
                    self.with(l, true, false, |me| me.scoped(&names, &c.body))?;
                }
                if let Some(f) = finally {
                    // No jump leaves a finally (CS0157), no `throw;` in one (CS0724).
                    self.with(false, false, true, |me| me.block(f))?;
                }
                Ok(())
            }
            Stmt::Block(b) => self.block(b),
            Stmt::Loop(b) => {
                let (c, f) = (self.in_catch, self.in_finally);
                self.with(true, c, f, |me| me.block(b))
            }
        }
    }

    fn expr(&mut self, e: &Expr, lvalue: bool) -> Result<(), String> {
        match &e.kind {
            ExprKind::Local(n) if !self.declared(n) => return Err(format!("{n} is not declared")),
            ExprKind::Static(n) if !self.fields.contains(n.as_str()) => {
                return Err(format!("no field {n}"))
            }
            ExprKind::This if self.m.owner.is_none() => {
                return Err("this in a static method".into())
            }
            ExprKind::Local(_) | ExprKind::Static(_) | ExprKind::Index(..) => {}
            ExprKind::Member(o, name) => {
                let known = match &o.ty {
                    Ty::Class(c) => self.p.class(c).and_then(|c| c.member_ty(name)),
                    _ => None,
                };
                if known != Some(&e.ty) {
                    return Err(format!("no member {name} of type {:?}", e.ty));
                }
            }
            _ if lvalue => return Err("assignment to a value".into()),
            ExprKind::Call(name, args) => match self.p.method(name) {
                Some(m) if m.owner.is_none() && m.params.len() == args.len() => {}
                _ => return Err(format!("call of {name} does not match a method")),
            },
            ExprKind::MCall(name, args) => match self.p.method(name) {
                Some(m) if m.owner.is_some() && m.params.len() + 1 == args.len() => {}
                _ => return Err(format!("call of {name} does not match a method")),
            },
            ExprKind::New(c, k, args) => {
                let params = self.p.class(c).map(|c| match k {
                    Some(k) => c.ctors.get(*k).map(|k| k.params.len()),
                    None => c.ctors.is_empty().then_some(0),
                });
                if params != Some(Some(args.len())) {
                    return Err(format!("new {c} does not match a constructor"));
                }
            }
            ExprKind::Await(_) if !self.m.is_async() => {
                return Err("await in a synchronous method".into())
            }
            ExprKind::IncDec(_, t) => return self.expr(t, true),
            ExprKind::MethodGroup(name) => match self.p.method(name) {
                Some(m) if m.owner.is_none() && m.kind == Kind::Sync && m.params.len() == 1 => {}
                _ => return Err(format!("method group {name} does not match a method")),
            },
            ExprKind::Lambda(l) => return self.lambda(l, &mut Vec::new()),
            _ => {}
        }
        for c in e.children() {
            self.expr(c, false)?;
        }
        Ok(())
    }
}

impl Checker<'_> {
    /// A lambda's body is opaque to the expression walks: what the reducer can break in it is
    /// what it refers to outside (a local, a field, a method it deleted).
    fn lambda(&mut self, l: &Lambda, bound: &mut Vec<String>) -> Result<(), String> {
        let depth = bound.len();
        bound.extend(l.params.iter().map(|p| p.name.clone()));
        let mut exprs: Vec<&Expr> = Vec::new();
        match &l.body {
            LambdaBody::Expr(e) => exprs.push(e),
            LambdaBody::Block(b) => {
                fn names(b: &Block, out: &mut Vec<String>) {
                    for s in b {
                        match s {
                            Stmt::Local(_, n, _) => out.push(n.clone()),
                            Stmt::For { var, .. } | Stmt::Foreach { var, .. } => {
                                out.push(var.clone())
                            }
                            _ => {}
                        }
                        for inner in s.blocks() {
                            names(inner, out);
                        }
                    }
                }
                names(b, bound);
                walk_exprs(b, &mut |e| exprs.push(e));
                // walk_exprs visits sub-expressions too; the top ones are enough below.
            }
        }
        let mut r = Ok(());
        for e in exprs {
            e.walk(&mut |x| {
                if r.is_err() {
                    return;
                }
                r = match &x.kind {
                    ExprKind::Local(n) if !bound.contains(n) && !self.declared(n) => {
                        Err(format!("{n} is not declared (in a lambda)"))
                    }
                    ExprKind::Static(n)
                        if !n.contains('.') && !self.fields.contains(n.as_str()) =>
                    {
                        Err(format!("no field {n} (in a lambda)"))
                    }
                    ExprKind::Call(n, _) | ExprKind::MethodGroup(n)
                        if self.p.method(n).is_none() =>
                    {
                        Err(format!("no method {n} (in a lambda)"))
                    }
                    _ => Ok(()),
                };
            });
            r.clone()?;
            let mut nested = Vec::new();
            e.walk(&mut |x| {
                if let ExprKind::Lambda(inner) = &x.kind {
                    nested.push(inner.as_ref());
                }
            });
            for inner in nested {
                self.lambda(inner, bound)?;
            }
        }
        bound.truncate(depth);
        Ok(())
    }
}

fn type_exists(p: &Program, ty: &Ty) -> bool {
    match ty {
        Ty::Class(c) => p.class(c).is_some(),
        _ => true,
    }
}

/// What a class declares refers to what exists: member types, a checked property's backing
/// field, chains (to a constructor that exists, with its number of arguments), initializers.
fn check_classes(p: &Program, fields: &HashSet<&str>) -> Result<(), String> {
    for class in &p.classes {
        let err = |e: String| format!("{}: {e}", class.name);
        let mut inits: Vec<&Expr> = Vec::new();
        for d in &class.decls {
            match d {
                Decl::Field(f) => {
                    if !type_exists(p, &f.ty) {
                        return Err(err(format!("{} of a class that is gone", f.name)));
                    }
                    inits.extend(&f.init);
                }
                Decl::Prop(q) => match &q.kind {
                    PropKind::Auto { init, .. } => inits.extend(init),
                    PropKind::Computed(e) => inits.push(e),
                    PropKind::Checked { field, .. } => {
                        if class.member_ty(field) != Some(&Ty::Int) {
                            return Err(err(format!("{} lost its field", q.name)));
                        }
                    }
                },
            }
        }
        // Initializers and chains are checked as code of the class.
        let m = Method {
            name: class.name.clone(),
            kind: Kind::Sync,
            ret: Ty::Void,
            params: vec![],
            body: vec![],
            pure: false,
            recursive: false,
            owner: Some(class.name.clone()),
        };
        for (k, ctor) in class.ctors.iter().enumerate() {
            if let Some((j, args)) = &ctor.chain {
                match class.ctors.get(*j) {
                    Some(t) if *j < k && t.params.len() == args.len() => {}
                    _ => return Err(err(format!("ctor{k} chains to nothing"))),
                }
                // Arguments of `: this(...)` see the parameters only.
                let mut c = Checker::new(p, &m, fields);
                c.scopes = vec![ctor.params.iter().map(|q| q.name.clone()).collect()];
                for a in args {
                    c.expr(a, false).map_err(err)?;
                }
            }
        }
        let mut c = Checker::new(p, &m, fields);
        for e in inits {
            c.expr(e, false).map_err(err)?;
        }
    }
    Ok(())
}

/// `if (n <= 0) { ...; return ...; }` first: what ends a recursion (gen/body.rs).
fn starts_with_base_case(b: &Block) -> bool {
    let test = Expr::binary(BinOp::Le, Expr::local("n", Ty::Int), Expr::int(0), Ty::Bool);
    matches!(b.first(), Some(Stmt::If(c, then, els))
        if *c == test && els.is_empty() && matches!(then.last(), Some(Stmt::Return(_))))
}

/// Something in `b` completes source `name`: a TrySetResult on it, or a call it is passed to.
fn completes(b: &Block, name: &str) -> bool {
    let mut found = false;
    let passes = |args: &[Expr]| {
        args.iter()
            .any(|a| matches!(&a.kind, ExprKind::Local(n) if n == name))
    };
    walk_exprs(b, &mut |e| {
        if let ExprKind::Lib(Lib::TrySetResult, args) | ExprKind::Call(_, args) = &e.kind {
            found |= passes(args);
        }
    });
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gen::{generate, Size};

    #[test]
    fn generated_programs_pass() {
        for seed in 0..40 {
            let p = generate(seed, Size::Medium);
            assert_eq!(check(&p), Ok(()), "seed {seed}");
        }
    }

    #[test]
    fn broken_programs_fail() {
        let mut p = generate(3, Size::Small);
        let main = p.methods.iter_mut().find(|m| m.name == "Main").unwrap();
        main.body.push(Stmt::Break);
        assert!(check(&p).is_err());
        let mut p = generate(3, Size::Small);
        let main = p.methods.iter_mut().find(|m| m.name == "Main").unwrap();
        main.body
            .insert(0, Stmt::Expr(Expr::local("nowhere", Ty::Int)));
        assert!(check(&p).is_err());
        // A recursion without its base case would never end.
        let seed = (0..100)
            .find(|s| {
                generate(*s, Size::Medium)
                    .methods
                    .iter()
                    .any(|m| m.recursive)
            })
            .unwrap();
        let mut p = generate(seed, Size::Medium);
        assert_eq!(check(&p), Ok(()));
        let m = p.methods.iter_mut().find(|m| m.recursive).unwrap();
        m.body.remove(0);
        assert!(check(&p).is_err());
    }

    #[test]
    fn lambdas_refer_to_what_exists() {
        let body = LambdaBody::Block(vec![Stmt::Return(Some(Expr::binary(
            BinOp::Add,
            Expr::local("x1", Ty::Int),
            Expr::local("c9", Ty::Int),
            Ty::Int,
        )))]);
        let l = Lambda {
            is_async: false,
            params: vec![Param {
                ty: Ty::Int,
                name: "x1".into(),
            }],
            body,
        };
        let fty = Ty::func(vec![Ty::Int], Ty::Int);
        let decl = Stmt::Local(
            fty.clone(),
            "fd2".into(),
            Expr::new(ExprKind::Lambda(Box::new(l)), fty),
        );
        let with = |captured: bool| {
            let mut p = generate(3, Size::Small);
            let main = p.methods.iter_mut().find(|m| m.name == "Main").unwrap();
            main.body.insert(0, decl.clone());
            if captured {
                main.body
                    .insert(0, Stmt::Local(Ty::Int, "c9".into(), Expr::int(1)));
            }
            check(&p)
        };
        assert_eq!(with(true), Ok(()));
        assert!(with(false).is_err(), "the captured local is gone");
        // Programs with lambdas are among the seeds the other tests check.
        let lambdas = (0..40)
            .filter(|s| {
                let mut n = 0;
                for m in &generate(*s, Size::Medium).methods {
                    walk_exprs(&m.body, &mut |e| {
                        n += matches!(e.kind, ExprKind::Lambda(_)) as usize
                    });
                }
                n > 0
            })
            .count();
        assert!(lambdas >= 10, "{lambdas} programs of 40 have lambdas");
    }
}
