//! Cancellation (tutorial section 9, "Cancellation doesn't behave like most people think"):
//! UA0209, a `catch` of every exception around cancelable work swallows the
//! `OperationCanceledException` that carries a cancellation; UA0210, a `CancellationToken`
//! parameter the method never reads ignores its caller's cancellation.

use unawait_sema::hir::{CatchClause, Expr, MethodId, Stmt};
use unawait_sema::types::{Lib, Ty};
use unawait_syntax::Span;

use unawait_facts::library::{is_task, lib_use};

use crate::analysis::Analysis;

use super::*;

const TUTORIAL: &str = "section 9 (cancellation)";

pub(super) fn swallowed(a: &Analysis<'_>, id: MethodId, out: &mut Vec<Lint>) {
    let m = a.program.method(id);
    let Some(body) = m.body.as_ref().filter(|_| m.is_async) else {
        return;
    };
    let mut found = Vec::new();
    for s in &body.stmts {
        facts::visit_stmts(s, &mut |st| {
            let StmtKind::Try {
                body: tried,
                catches,
                ..
            } = &st.kind
            else {
                return;
            };
            let Some(call) = cancelable_in(a, id, tried) else {
                return;
            };
            // The first clause that can catch an OperationCanceledException decides.
            for c in catches {
                let Ty::Lib(caught, _) = &c.ty else {
                    return;
                };
                let caught = *caught;
                if !derives_from(Lib::OperationCanceledException, caught)
                    && !derives_from(caught, Lib::OperationCanceledException)
                {
                    continue;
                }
                // `catch (OperationCanceledException)` handles cancellation on purpose; a
                // filter may let it through; a `throw` passes it (or another failure) on.
                if caught != Lib::Exception && caught != Lib::SystemException
                    || c.filter.is_some()
                    || throws(c)
                {
                    return;
                }
                found.push(lint(a, c, call));
                return;
            }
        });
    }
    out.extend(found);
}

fn lint(a: &Analysis<'_>, c: &CatchClause, call: &Expr) -> Lint {
    let header = header_span(a, c);
    let header_text = a.text(header);
    let text = a.text(call.span);
    let line = a.line(call.span);
    let what = match lib_use(call).and_then(|u| u.receiver).filter(|r| is_token(&r.ty)) {
        Some(token) => format!(
            "when `{}` is canceled, `{text}` (line {line}) throws OperationCanceledException, which stops here",
            a.text(token.span)
        ),
        None => format!(
            "if `{text}` (line {line}) is canceled, its OperationCanceledException stops here"
        ),
    };
    Lint {
        code: SWALLOWED_CANCEL,
        span: header,
        message: format!("`{header_text}` swallows cancellation: {what} instead of reaching the caller"),
        label: "also catches OperationCanceledException".into(),
        hint: "let cancellation through: put `catch (OperationCanceledException) { throw; }` before this clause, or rethrow here (`throw;`); cancellation is an exception so that it travels up the call chain like a failure, and a catch that ends it makes the canceled operation look like it succeeded".into(),
        tutorial: TUTORIAL,
        notes: Vec::new(),
    }
}

/// `catch (Exception e)`: from the clause's start to the end of what precedes its block.
fn header_span(a: &Analysis<'_>, c: &CatchClause) -> Span {
    let whole = a.text(Span {
        start: c.span.start,
        end: c.body.span.start,
    });
    Span {
        start: c.span.start,
        end: c.span.start + whole.trim_end().len() as u32,
    }
}

/// `sub` is `base` or derives from it.
fn derives_from(sub: Lib, base: Lib) -> bool {
    let mut cur = Some(sub);
    while let Some(l) = cur {
        if l == base {
            return true;
        }
        cur = l.info().base;
    }
    false
}

/// The clause has a `throw` or `throw;` anywhere in it.
fn throws(c: &CatchClause) -> bool {
    let mut found = false;
    for s in &c.body.stmts {
        facts::visit_stmts(s, &mut |st| {
            if matches!(st.kind, StmtKind::Throw(_) | StmtKind::Rethrow) {
                found = true;
            }
        });
    }
    found
}

fn is_token(ty: &Ty) -> bool {
    matches!(ty, Ty::Lib(Lib::CancellationToken, _))
}

/// The first call in a try block whose cancellation would throw there: an awaited call, or a
/// call that gives no task, that takes a `CancellationToken`, or a member of a token that
/// throws (`ThrowIfCancellationRequested`). Calls inside a nested `try` with catch clauses are
/// left out: those clauses see the exception first.
fn cancelable_in<'p>(a: &Analysis<'p>, id: MethodId, tried: &hir::Block) -> Option<&'p Expr> {
    let f = a.walk(id);
    let inside = |outer: Span, s: Span| outer.start <= s.start && s.end <= outer.end;
    let mut nested: Vec<Span> = Vec::new();
    for s in &tried.stmts {
        facts::visit_stmts(s, &mut |st| {
            if let StmtKind::Try { body, catches, .. } = &st.kind {
                if !catches.is_empty() {
                    nested.push(body.span);
                }
            }
        });
    }
    f.calls.iter().map(|c| c.expr).find(|e| {
        if !inside(tried.span, e.span) || nested.iter().any(|n| inside(*n, e.span)) {
            return false;
        }
        let token_throws = lib_use(e)
            .is_some_and(|u| u.behavior.throws && u.receiver.is_some_and(|r| is_token(&r.ty)));
        if token_throws {
            return true;
        }
        let args = match &e.kind {
            ExprKind::Call { args, .. } | ExprKind::New { args, .. } => args,
            _ => return false,
        };
        if !args.iter().any(|x| is_token(&x.ty)) {
            return false;
        }
        !is_task(&e.ty)
            || f.awaits
                .iter()
                .any(|aw| strip_wrappers(aw.operand).id == e.id)
    })
}

/// UA0210: a `CancellationToken` parameter the method never reads.
pub(super) fn ignored_token(a: &Analysis<'_>, id: MethodId, out: &mut Vec<Lint>) {
    let m = a.program.method(id);
    let Some(body) = &m.body else {
        return;
    };
    // `Main`'s parameters are the runtime's; a method that is not static may implement an
    // interface or override, whose signature is fixed; so is a delegate target's.
    if a.program.entry_point == Some(id) || !m.is_static || !fully_walked(body) {
        return;
    }
    let f = a.walk(id);
    let mut delegate: Option<bool> = None;
    for p in &m.params {
        let Some(local) = m.locals.get(p.0 as usize) else {
            continue;
        };
        if !is_token(&local.ty)
            || local.captured
            || local.name.starts_with('_')
            || f.reads.iter().any(|r| r.local == *p)
        {
            continue;
        }
        if *delegate.get_or_insert_with(|| delegate_target(a, id)) {
            return;
        }
        out.push(Lint {
            code: IGNORED_TOKEN,
            span: local.span,
            message: format!(
                "`{}` never reads its CancellationToken `{}`: a caller's cancellation is ignored",
                display_name(a.program, id),
                local.name
            ),
            label: "never read".into(),
            hint: format!(
                "pass `{0}` on to what the method awaits and calls (`Task.Delay(ms, {0})`, the methods that take a token) or check it (`{0}.ThrowIfCancellationRequested()`): cancellation is cooperative, nothing stops the method for its caller; if the method cannot be canceled, remove the parameter",
                local.name
            ),
            tutorial: TUTORIAL,
            notes: Vec::new(),
        });
    }
}

/// The walk saw every read of the body: no statement or expression it does not enter
/// (`using`, lambdas, delegates, instance members).
fn fully_walked(body: &hir::Block) -> bool {
    let mut ok = true;
    for s in &body.stmts {
        facts::visit_stmts(s, &mut |st| {
            if matches!(
                st.kind,
                StmtKind::Using { .. } | StmtKind::YieldReturn(_) | StmtKind::YieldBreak
            ) {
                ok = false;
            }
        });
        facts::visit_all_exprs(s, &mut |e| {
            if matches!(
                e.kind,
                ExprKind::This
                    | ExprKind::Base
                    | ExprKind::InstanceField { .. }
                    | ExprKind::NewObject { .. }
                    | ExprKind::Lambda(_)
                    | ExprKind::MethodGroup { .. }
                    | ExprKind::InvokeDelegate { .. }
            ) {
                ok = false;
            }
        });
    }
    ok
}

/// The method is used as a delegate somewhere (a method group), or some method has code the
/// walk does not enter, where it could be.
fn delegate_target(a: &Analysis<'_>, id: MethodId) -> bool {
    let mut found = false;
    let mut check = |stmts: &[Stmt]| {
        for s in stmts {
            facts::visit_all_exprs(s, &mut |e| match &e.kind {
                ExprKind::MethodGroup {
                    method: Callee::User(m),
                    ..
                } if *m == id => found = true,
                ExprKind::Lambda(_)
                | ExprKind::InvokeDelegate { .. }
                | ExprKind::NewObject { .. } => found = true,
                _ => {}
            });
        }
    };
    for m in &a.program.methods {
        if let Some(b) = &m.body {
            check(&b.stmts);
        }
    }
    found
}
