//! The reducer's edits of a program tree. Each pass enumerates its edit sites in one fixed order,
//! so "the i-th edit of a pass" names one candidate; `apply` makes it on a copy.
//!
//! No edit can make a generated loop or recursion unbounded: loops keep their structural
//! bounds, and a recursive call's `n - 1` is never touched.

use crate::ast::*;
use crate::gen::is_statement_expr;
use std::collections::HashMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pass {
    DropMethod,
    /// Deletes runs of this many statements of a block.
    DropStmts(usize),
    /// Replaces a compound statement by part of it.
    Unwrap,
    DropParam,
    /// Replaces an expression by a literal or by a part of it of the same type.
    Simplify,
    DropField,
    /// Drops a class, a constructor, a member, an initializer or a static (reduce/classes.rs).
    DropClassPart,
}

/// Big edits first: each success makes the later passes cheaper.
pub const PASSES: [Pass; 10] = [
    Pass::DropMethod,
    Pass::DropStmts(8),
    Pass::DropStmts(4),
    Pass::DropStmts(2),
    Pass::DropStmts(1),
    Pass::Unwrap,
    Pass::DropParam,
    Pass::Simplify,
    Pass::DropField,
    Pass::DropClassPart,
];

/// `p` with the `index`-th edit of `pass` made, or None when the pass has fewer edits.
pub fn apply(p: &Program, pass: Pass, index: usize) -> Option<Program> {
    let mut q = p.clone();
    let done = match pass {
        Pass::DropMethod => drop_method(&mut q, index),
        Pass::DropParam => drop_param(&mut q, index),
        Pass::DropField => drop_field(&mut q, index),
        Pass::DropClassPart => super::classes::drop_part(&mut q, index),
        _ => {
            let recursive = recursion_params(p);
            let mut ed = Editor {
                target: index,
                seen: 0,
                done: false,
                pass,
                recursive,
            };
            for m in &mut q.methods {
                ed.block(&mut m.body);
            }
            for c in &mut q.classes {
                for k in &mut c.ctors {
                    ed.block(&mut k.body);
                    if let (Pass::Simplify, Some((_, args))) = (pass, &mut k.chain) {
                        for a in args {
                            ed.expr(a, false, false, false);
                        }
                    }
                }
                if pass == Pass::Simplify {
                    for e in super::classes::inits_mut(c) {
                        ed.expr(e, false, false, false);
                    }
                }
            }
            ed.done
        }
    };
    done.then_some(q)
}

/// A literal of type `ty` (a completed task for task types), if the type has one.
pub fn literal_for(ty: &Ty) -> Option<Expr> {
    Some(match ty {
        Ty::Int => Expr::int(0),
        Ty::Long => Expr::long(0),
        Ty::Bool => Expr::bool(false),
        Ty::Str => Expr::str(""),
        Ty::Task(None) => Expr::lib(Lib::CompletedTask, vec![], ty.clone()),
        Ty::Task(Some(t)) => Expr::lib(Lib::FromResult, vec![literal_for(t)?], ty.clone()),
        _ => return None,
    })
}

/// For each recursive method, the position of its depth parameter `n`.
fn recursion_params(p: &Program) -> HashMap<String, usize> {
    p.methods
        .iter()
        .filter(|m| m.recursive)
        .filter_map(|m| Some((m.name.clone(), m.params.iter().position(|p| p.name == "n")?)))
        .collect()
}

struct Editor {
    target: usize,
    seen: usize,
    done: bool,
    pass: Pass,
    recursive: HashMap<String, usize>,
}

impl Editor {
    /// Counts `n` edit sites here; Some(k) when the target is the k-th of them.
    fn hit(&mut self, n: usize) -> Option<usize> {
        if self.done || self.seen + n <= self.target {
            self.seen += n;
            return None;
        }
        self.done = true;
        Some(self.target - self.seen)
    }

    fn block(&mut self, b: &mut Block) {
        if self.done {
            return;
        }
        if let Pass::DropStmts(size) = self.pass {
            if b.len() >= size {
                let starts = b.len().div_ceil(size);
                if let Some(k) = self.hit(starts) {
                    let from = k * size;
                    b.drain(from..(from + size).min(b.len()));
                    return;
                }
            }
        }
        let mut i = 0;
        while i < b.len() && !self.done {
            if self.pass == Pass::Unwrap {
                let alts = unwrappings(&b[i]);
                if let Some(k) = self.hit(alts.len()) {
                    let alt = alts.into_iter().nth(k).unwrap();
                    b.splice(i..=i, alt);
                    return;
                }
            }
            if self.pass == Pass::Simplify {
                self.stmt_exprs(&mut b[i]);
            }
            for inner in b[i].blocks_mut() {
                self.block(inner);
            }
            i += 1;
        }
    }

    fn stmt_exprs(&mut self, s: &mut Stmt) {
        let assign = matches!(s, Stmt::Assign(..));
        for (k, e) in s.exprs_mut().into_iter().enumerate() {
            // An assignment's target stays a place. (A statement's root may stop being a
            // statement: validation drops those candidates.)
            self.expr(e, assign && k == 0, false, false);
        }
    }

    fn expr(&mut self, e: &mut Expr, lvalue: bool, protected: bool, divisor: bool) {
        if self.done || protected {
            return;
        }
        if !lvalue {
            let alts = simplifications(e, divisor);
            if let Some(k) = self.hit(alts.len()) {
                *e = alts.into_iter().nth(k).unwrap();
                return;
            }
        }
        // (Recursive methods are static: an instance call is never one.)
        let depth_arg = match &e.kind {
            ExprKind::Call(name, _) => self.recursive.get(name).copied(),
            _ => None,
        };
        let is_incdec = matches!(e.kind, ExprKind::IncDec(..));
        let div = matches!(e.kind, ExprKind::Binary(BinOp::Div | BinOp::Rem, ..));
        for (k, c) in e.children_mut().into_iter().enumerate() {
            // `n - 1` in a recursive call keeps the recursion finite.
            let keep = depth_arg == Some(k) && !matches!(c.kind, ExprKind::Lit(_));
            self.expr(c, is_incdec, keep, div && k == 1);
        }
    }
}

/// What an expression may become: a literal of its type (1 for a divisor: a constant zero
/// divisor is a compile error), or one of its operands of the same type.
fn simplifications(e: &Expr, divisor: bool) -> Vec<Expr> {
    let mut out = Vec::new();
    let small = if divisor { 1 } else { 0 };
    match &e.kind {
        ExprKind::Lit(Lit::Int(v)) if *v != small => out.push(Expr::int(small)),
        ExprKind::Lit(Lit::Long(v)) if *v != small as i64 => out.push(Expr::long(small as i64)),
        ExprKind::Lit(Lit::Str(s)) if !s.is_empty() => out.push(Expr::str("")),
        ExprKind::Lit(_) => {}
        _ => {
            if let Some(l) = literal_for(&e.ty) {
                out.push(match (divisor, &e.ty) {
                    (true, Ty::Int) => Expr::int(1),
                    (true, Ty::Long) => Expr::long(1),
                    _ => l,
                });
            }
            if !divisor {
                out.extend(e.children().into_iter().filter(|c| c.ty == e.ty).cloned());
            }
        }
    }
    out.retain(|alt| alt != e);
    out
}

/// What a compound statement may become.
fn unwrappings(s: &Stmt) -> Vec<Vec<Stmt>> {
    let mut out = Vec::new();
    match s {
        Stmt::If(c, a, b) => {
            out.push(a.clone());
            if !b.is_empty() {
                out.push(b.clone());
                out.push(vec![Stmt::If(c.clone(), a.clone(), vec![])]);
            }
        }
        Stmt::While {
            counter,
            bound,
            cond,
            body,
        } => {
            out.push(body.clone());
            if cond.is_some() {
                out.push(vec![Stmt::While {
                    counter: counter.clone(),
                    bound: *bound,
                    cond: None,
                    body: body.clone(),
                }]);
            }
        }
        Stmt::DoWhile {
            counter,
            bound,
            body,
            cond,
        } => {
            out.push(body.clone());
            if cond.is_some() {
                out.push(vec![Stmt::DoWhile {
                    counter: counter.clone(),
                    bound: *bound,
                    body: body.clone(),
                    cond: None,
                }]);
            }
        }
        Stmt::For {
            var,
            cap,
            limit,
            body,
        } => {
            let mut v = vec![Stmt::Local(Ty::Int, var.clone(), Expr::int(0))];
            v.extend(body.iter().cloned());
            out.push(v);
            if limit.is_some() {
                out.push(vec![Stmt::For {
                    var: var.clone(),
                    cap: *cap,
                    limit: None,
                    body: body.clone(),
                }]);
            }
        }
        Stmt::Foreach { ty, var, body, .. } => {
            if let Some(l) = literal_for(ty) {
                let mut v = vec![Stmt::Local(ty.clone(), var.clone(), l)];
                v.extend(body.iter().cloned());
                out.push(v);
            }
        }
        // A null guard stays whole: a NullReferenceException it let out would be printed with
        // its message, which Mono words differently (a disagreement of no interest).
        Stmt::Try { catches, .. } if catches.iter().any(|c| c.exc == Some(Exc::NullReference)) => {}
        Stmt::Try {
            body,
            catches,
            finally,
        } => {
            out.push(body.clone());
            if let Some(f) = finally {
                let mut v = body.clone();
                v.extend(f.iter().cloned());
                out.push(v);
                if !catches.is_empty() {
                    out.push(vec![Stmt::Try {
                        body: body.clone(),
                        catches: catches.clone(),
                        finally: None,
                    }]);
                }
            }
            for k in 0..catches.len() {
                if catches.len() > 1 || finally.is_some() {
                    let mut cs = catches.clone();
                    cs.remove(k);
                    out.push(vec![Stmt::Try {
                        body: body.clone(),
                        catches: cs,
                        finally: finally.clone(),
                    }]);
                }
            }
        }
        Stmt::Block(b) | Stmt::Loop(b) | Stmt::Checked(_, b) => out.push(b.clone()),
        Stmt::Switch { subject, sections } => {
            // A section's statements in place of the switch (without its `break`), or the
            // switch without one section (validation drops what a `goto case` still needs).
            for sec in sections {
                let mut b = sec.body.clone();
                if matches!(b.last(), Some(Stmt::Break | Stmt::GotoCase(_))) {
                    b.pop();
                }
                out.push(b);
            }
            if sections.len() > 1 {
                for k in 0..sections.len() {
                    let mut secs = sections.clone();
                    secs.remove(k);
                    out.push(vec![Stmt::Switch {
                        subject: subject.clone(),
                        sections: secs,
                    }]);
                }
            }
        }
        _ => {}
    }
    out
}

fn drop_method(p: &mut Program, index: usize) -> bool {
    let names: Vec<String> = p
        .methods
        .iter()
        .filter(|m| m.name != "Main")
        .map(|m| m.name.clone())
        .collect();
    let Some(name) = names.get(index).cloned() else {
        return false;
    };
    p.methods.retain(|m| m.name != name);
    for m in &mut p.methods {
        replace_calls(&mut m.body, &name);
    }
    true
}

/// Every call of `name` becomes a literal of its type; a statement that is no longer one goes.
fn replace_calls(b: &mut Block, name: &str) {
    for s in b.iter_mut() {
        for e in s.exprs_mut() {
            replace_call_expr(e, name);
        }
        for inner in s.blocks_mut() {
            replace_calls(inner, name);
        }
    }
    b.retain(|s| match s {
        Stmt::Expr(e) => is_statement_expr(e) && !calls(e, name),
        _ => true,
    });
}

fn replace_call_expr(e: &mut Expr, name: &str) {
    if matches!(&e.kind, ExprKind::Call(n, _) | ExprKind::MCall(n, _) if n == name) {
        if let Some(l) = literal_for(&e.ty) {
            *e = l;
        }
        return;
    }
    for c in e.children_mut() {
        replace_call_expr(c, name);
    }
}

fn calls(e: &Expr, name: &str) -> bool {
    let mut found = false;
    e.walk(&mut |x| {
        if matches!(&x.kind, ExprKind::Call(n, _) | ExprKind::MCall(n, _) if n == name) {
            found = true;
        }
    });
    found
}

fn drop_param(p: &mut Program, index: usize) -> bool {
    let sites: Vec<(String, usize)> = p
        .methods
        .iter()
        .filter(|m| m.name != "Main")
        .flat_map(|m| {
            m.params
                .iter()
                .enumerate()
                .filter(|(_, q)| q.name != "done" && !(m.recursive && q.name == "n"))
                .map(|(k, _)| (m.name.clone(), k))
                .collect::<Vec<_>>()
        })
        .collect();
    let Some((name, k)) = sites.get(index).cloned() else {
        return false;
    };
    let m = p.methods.iter_mut().find(|m| m.name == name).unwrap();
    let param = m.params.remove(k);
    let Some(lit) = literal_for(&param.ty) else {
        return false;
    };
    replace_local(&mut m.body, &param.name, &lit);
    for m in &mut p.methods {
        drop_arg(&mut m.body, &name, k);
    }
    true
}

fn map_exprs(b: &mut Block, f: &mut dyn FnMut(&mut Expr)) {
    for s in b.iter_mut() {
        for e in s.exprs_mut() {
            f(e);
        }
        for inner in s.blocks_mut() {
            map_exprs(inner, f);
        }
    }
}

fn replace_local(b: &mut Block, name: &str, lit: &Expr) {
    fn go(e: &mut Expr, name: &str, lit: &Expr) {
        if matches!(&e.kind, ExprKind::Local(n) if n == name) {
            *e = lit.clone();
            return;
        }
        for c in e.children_mut() {
            go(c, name, lit);
        }
    }
    map_exprs(b, &mut |e| go(e, name, lit));
}

fn drop_arg(b: &mut Block, callee: &str, k: usize) {
    fn go(e: &mut Expr, callee: &str, k: usize) {
        match &mut e.kind {
            ExprKind::Call(n, args) if n == callee && k < args.len() => {
                args.remove(k);
            }
            // The receiver comes first.
            ExprKind::MCall(n, args) if n == callee && k + 1 < args.len() => {
                args.remove(k + 1);
            }
            _ => {}
        }
        for c in e.children_mut() {
            go(c, callee, k);
        }
    }
    map_exprs(b, &mut |e| go(e, callee, k));
}

fn drop_field(p: &mut Program, index: usize) -> bool {
    let mut used = std::collections::HashSet::new();
    for m in &p.methods {
        walk_exprs(&m.body, &mut |e| {
            if let ExprKind::Static(n) = &e.kind {
                used.insert(n.clone());
            }
        });
    }
    let unused: Vec<String> = p
        .fields
        .iter()
        .filter(|f| !used.contains(&f.name))
        .map(|f| f.name.clone())
        .collect();
    let Some(name) = unused.get(index) else {
        return false;
    };
    p.fields.retain(|f| f.name != *name);
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gen::{generate, Size};

    #[test]
    fn every_pass_enumerates_distinct_edits() {
        let p = generate(5, Size::Small);
        for pass in PASSES {
            let mut n = 0;
            while let Some(q) = apply(&p, pass, n) {
                assert_ne!(q, p, "{pass:?} edit {n} changed nothing");
                n += 1;
                assert!(n < 100_000);
            }
        }
        assert!(apply(&p, Pass::DropStmts(1), 0).is_some());
    }
}
