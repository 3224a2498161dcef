//! The one limit of exception filters: C# runs a filter in the first pass of exception handling,
//! before the `finally` blocks between the throw and the filter run. Inside one method the
//! lowering does the same (docs/lowering.md); across calls it would need the caller's filter to
//! run while the callee's frame is still there, which unawait's exceptions (returned, not
//! unwound) cannot do. So a filter around a call of a method that may run a `finally` block while
//! an exception leaves it (a method that is not async with a `finally`, or calling one) draws
//! UA0100. An async method's `finally` runs before its exception reaches any caller in C# too
//! (its builder catches everything), so calls of async methods are fine.

use unawait_syntax::Diagnostic;

use crate::context::Ctx;
use crate::hir::{Callee, Expr, ExprKind, MethodId, Place, Stmt, StmtKind};

pub(crate) fn check(cx: &mut Ctx<'_>) {
    let methods = &cx.program.methods;
    let n = methods.len();
    // Most programs have no filter at all: then there is nothing to report, and no need for the
    // call graph (three walks of every body).
    let mut any_filter = false;
    let mut runs_finally: Vec<bool> = methods
        .iter()
        .map(|m| {
            let Some(b) = &m.body else {
                return false;
            };
            let mut found = false;
            stmts(
                &b.stmts,
                &mut |s| {
                    if let StmtKind::Try {
                        catches, finally, ..
                    } = &s.kind
                    {
                        found |= finally.is_some();
                        any_filter |= catches.iter().any(|c| c.filter.is_some());
                    }
                },
                &mut |_| {},
            );
            !m.is_async && found
        })
        .collect();
    if !any_filter {
        return;
    }
    let calls: Vec<Vec<MethodId>> = methods
        .iter()
        .map(|m| {
            let mut out = Vec::new();
            if let Some(b) = &m.body {
                stmts(&b.stmts, &mut |_| {}, &mut |e| {
                    out.extend(called(e, methods))
                });
            }
            out
        })
        .collect();
    // A fixpoint over the call graph: a method that is not async and calls one that may run a
    // `finally` may run it too.
    loop {
        let mut changed = false;
        for i in 0..n {
            if runs_finally[i] || methods[i].is_async {
                continue;
            }
            if calls[i]
                .iter()
                .any(|c| runs_finally.get(c.0 as usize) == Some(&true))
            {
                runs_finally[i] = true;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    let mut diags = Vec::new();
    for m in methods {
        let Some(b) = &m.body else { continue };
        stmts(
            &b.stmts,
            &mut |s| {
                let StmtKind::Try { body, catches, .. } = &s.kind else {
                    return;
                };
                let Some(filter) = catches.iter().find_map(|c| c.filter.as_ref()) else {
                    return;
                };
                let mut call = None;
                stmts(&body.stmts, &mut |_| {}, &mut |e| {
                    if call.is_some() {
                        return;
                    }
                    let c = called(e, methods)
                        .into_iter()
                        .find(|c| runs_finally.get(c.0 as usize) == Some(&true));
                    call = c.map(|c| (e.span, c));
                });
                if let Some((span, callee)) = call {
                    let callee = &methods[callee.0 as usize];
                    let name = format!(
                        "{}.{}",
                        cx.program.classes[callee.class.0 as usize].name, callee.name
                    );
                    diags.push(
                        Diagnostic::error(
                            "UA0100",
                            format!("exception filters (`when`) around a call of a method that runs `finally` blocks (`{name}`) are not supported yet"),
                            filter.span,
                        )
                        .with_primary("not supported yet")
                        .with_label(span, "C# would run the filter before the `finally` block this call runs")
                        .with_hint("C# runs the filter before that `finally`; move the filter's test into the catch block, or the `finally` out of the called method"),
                    );
                }
            },
            &mut |_| {},
        );
    }
    for d in diags {
        cx.unsupported_count += 1;
        cx.diags.push(d);
    }
}

/// The methods of the program `e` itself may run: a call's (any method of a virtual call's slot,
/// a conservative superset), a constructor `new` runs, a property's setter.
fn called(e: &Expr, methods: &[crate::hir::Method]) -> Vec<MethodId> {
    match &e.kind {
        ExprKind::Call {
            callee: Callee::User(c),
            ..
        } => match methods[c.0 as usize].vslot {
            Some(slot) => (0..methods.len())
                .filter(|&k| methods[k].vslot == Some(slot))
                .map(|k| MethodId(k as u32))
                .collect(),
            None => vec![*c],
        },
        ExprKind::NewObject { ctor: Some(c), .. } => vec![*c],
        ExprKind::Assign {
            target: Place::Property { setter, .. },
            ..
        }
        | ExprKind::CompoundAssign {
            target: Place::Property { setter, .. },
            ..
        }
        | ExprKind::IncDec {
            target: Place::Property { setter, .. },
            ..
        } => vec![*setter],
        _ => Vec::new(),
    }
}

/// Calls `on_stmt` on every statement and `on_expr` on every expression of `list`, nested ones
/// included.
pub(crate) fn stmts<'s>(
    list: &'s [Stmt],
    on_stmt: &mut impl FnMut(&'s Stmt),
    on_expr: &mut impl FnMut(&'s Expr),
) {
    for s in list {
        stmt(s, on_stmt, on_expr);
    }
}

fn stmt<'s>(s: &'s Stmt, on_stmt: &mut impl FnMut(&'s Stmt), on_expr: &mut impl FnMut(&'s Expr)) {
    on_stmt(s);
    match &s.kind {
        StmtKind::Block(b) => stmts(&b.stmts, on_stmt, on_expr),
        StmtKind::Local { init, .. } => init.iter().for_each(|x| expr(x, on_expr)),
        StmtKind::Expr(x) | StmtKind::Throw(x) | StmtKind::YieldReturn(x) => expr(x, on_expr),
        StmtKind::Return(x) => x.iter().for_each(|x| expr(x, on_expr)),
        StmtKind::If {
            cond,
            then,
            otherwise,
        } => {
            expr(cond, on_expr);
            stmt(then, on_stmt, on_expr);
            if let Some(o) = otherwise {
                stmt(o, on_stmt, on_expr);
            }
        }
        StmtKind::While { cond, body } | StmtKind::DoWhile { body, cond } => {
            expr(cond, on_expr);
            stmt(body, on_stmt, on_expr);
        }
        StmtKind::For {
            init,
            cond,
            update,
            body,
        } => {
            cond.iter().chain(update).for_each(|x| expr(x, on_expr));
            stmts(init, on_stmt, on_expr);
            stmt(body, on_stmt, on_expr);
        }
        StmtKind::Foreach {
            collection, body, ..
        } => {
            expr(collection, on_expr);
            stmt(body, on_stmt, on_expr);
        }
        StmtKind::Try {
            body,
            catches,
            finally,
        } => {
            stmts(&body.stmts, on_stmt, on_expr);
            for c in catches {
                c.filter.iter().for_each(|x| expr(x, on_expr));
                stmts(&c.body.stmts, on_stmt, on_expr);
            }
            if let Some(f) = finally {
                stmts(&f.stmts, on_stmt, on_expr);
            }
        }
        StmtKind::Switch { subject, sections } => {
            expr(subject, on_expr);
            for sec in sections {
                stmts(&sec.body, on_stmt, on_expr);
            }
        }
        StmtKind::Using { resource, body } => {
            stmts(resource, on_stmt, on_expr);
            stmt(body, on_stmt, on_expr);
        }
        StmtKind::Break
        | StmtKind::Continue
        | StmtKind::Rethrow
        | StmtKind::Label(_)
        | StmtKind::Goto(_)
        | StmtKind::GotoSection(_)
        | StmtKind::YieldBreak
        | StmtKind::Empty => {}
    }
}

fn place<'s>(p: &'s Place, on_expr: &mut impl FnMut(&'s Expr)) {
    match p {
        Place::Local(_) | Place::StaticField(_) | Place::This => {}
        Place::ArrayElement { array, index } => {
            expr(array, on_expr);
            expr(index, on_expr);
        }
        Place::Indexer { target, index, .. } => {
            expr(target, on_expr);
            expr(index, on_expr);
        }
        Place::InstanceField { receiver, .. } => expr(receiver, on_expr),
        Place::Property { receiver, args, .. } => {
            if let Some(r) = receiver {
                expr(r, on_expr);
            }
            for a in args {
                expr(a, on_expr);
            }
        }
    }
}

fn expr<'s>(e: &'s Expr, on_expr: &mut impl FnMut(&'s Expr)) {
    on_expr(e);
    match &e.kind {
        ExprKind::Const(_)
        | ExprKind::Local(_)
        | ExprKind::StaticField(_)
        | ExprKind::This
        | ExprKind::Base
        | ExprKind::Error
        | ExprKind::Lambda(_)
        | ExprKind::UnboundLambda(_) => {}
        ExprKind::Property { receiver, .. } | ExprKind::MethodGroup { receiver, .. } => {
            if let Some(r) = receiver {
                expr(r, on_expr);
            }
        }
        ExprKind::Call { receiver, args, .. } => {
            if let Some(r) = receiver {
                expr(r, on_expr);
            }
            args.iter().for_each(|a| expr(a, on_expr));
        }
        ExprKind::New {
            args, initializer, ..
        } => args
            .iter()
            .chain(initializer)
            .for_each(|a| expr(a, on_expr)),
        ExprKind::NewArray { size, .. } => expr(size, on_expr),
        ExprKind::ArrayInit { items, .. } | ExprKind::Concat(items) => {
            items.iter().for_each(|a| expr(a, on_expr))
        }
        ExprKind::ArrayElement { array, index }
        | ExprKind::Indexer {
            target: array,
            index,
            ..
        } => {
            expr(array, on_expr);
            expr(index, on_expr);
        }
        ExprKind::Unary { operand: x, .. }
        | ExprKind::ToStr(x)
        | ExprKind::Convert { expr: x, .. }
        | ExprKind::Discard(x)
        | ExprKind::Await { expr: x, .. }
        | ExprKind::TypeTest { expr: x, .. }
        | ExprKind::OutCall { call: x, .. }
        | ExprKind::RefArg { target: x, .. }
        | ExprKind::InstanceField { receiver: x, .. } => expr(x, on_expr),
        ExprKind::Binary { lhs, rhs, .. } => {
            expr(lhs, on_expr);
            expr(rhs, on_expr);
        }
        ExprKind::Assign { target, value } | ExprKind::CompoundAssign { target, value, .. } => {
            place(target, on_expr);
            expr(value, on_expr);
        }
        ExprKind::IncDec { target, .. } => place(target, on_expr),
        ExprKind::Conditional {
            cond,
            then,
            otherwise,
        } => {
            expr(cond, on_expr);
            expr(then, on_expr);
            expr(otherwise, on_expr);
        }
        ExprKind::NewObject { args, init, .. } => args
            .iter()
            .chain(init.iter().map(|i| &i.value))
            .for_each(|a| expr(a, on_expr)),
        ExprKind::InvokeDelegate { target, args } => {
            expr(target, on_expr);
            args.iter().for_each(|a| expr(a, on_expr));
        }
    }
}
