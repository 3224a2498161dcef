//! Visitors of the typed tree that the walk and the lints share: every child expression,
//! every statement, the locals an expression reads or a statement assigns, the await a
//! statement is made of.

use unawait_sema::hir::{Expr, ExprKind, LocalId, Place, Stmt, StmtKind};

pub fn contains_await(e: &Expr) -> bool {
    let mut found = false;
    visit_exprs(e, &mut |x| {
        if matches!(x.kind, ExprKind::Await { .. }) {
            found = true;
        }
    });
    found
}

/// Calls `f` on `e` and every expression inside it.
pub fn visit_exprs<'e>(e: &'e Expr, f: &mut impl FnMut(&'e Expr)) {
    f(e);
    let mut sub = |x: &'e Expr| visit_exprs(x, f);
    match &e.kind {
        ExprKind::Property {
            receiver: Some(r), ..
        } => sub(r),
        ExprKind::Call { receiver, args, .. } => {
            if let Some(r) = receiver {
                sub(r);
            }
            for a in args {
                sub(a);
            }
        }
        ExprKind::New {
            args, initializer, ..
        } => {
            for a in args.iter().chain(initializer) {
                sub(a);
            }
        }
        ExprKind::NewObject { args, init, .. } => {
            for a in args.iter().chain(init.iter().map(|i| &i.value)) {
                sub(a);
            }
        }
        ExprKind::InvokeDelegate { target, args } => {
            sub(target);
            for a in args {
                sub(a);
            }
        }
        ExprKind::InstanceField { receiver: r, .. }
        | ExprKind::MethodGroup {
            receiver: Some(r), ..
        } => sub(r),
        ExprKind::NewArray { size, .. } => sub(size),
        ExprKind::ArrayInit { items, .. } | ExprKind::Concat(items) => {
            for a in items {
                sub(a);
            }
        }
        ExprKind::ArrayElement { array, index }
        | ExprKind::Indexer {
            target: array,
            index,
            ..
        } => {
            sub(array);
            sub(index);
        }
        ExprKind::Unary { operand: x, .. }
        | ExprKind::ToStr(x)
        | ExprKind::Convert { expr: x, .. }
        | ExprKind::Discard(x)
        | ExprKind::TypeTest { expr: x, .. }
        | ExprKind::OutCall { call: x, .. }
        | ExprKind::RefArg { target: x, .. }
        | ExprKind::Await { expr: x, .. } => sub(x),
        ExprKind::Binary { lhs, rhs, .. } => {
            sub(lhs);
            sub(rhs);
        }
        ExprKind::Assign { target, value } | ExprKind::CompoundAssign { target, value, .. } => {
            place_exprs(target, &mut sub);
            sub(value);
        }
        ExprKind::IncDec { target, .. } => place_exprs(target, &mut sub),
        ExprKind::Conditional {
            cond,
            then,
            otherwise,
        } => {
            sub(cond);
            sub(then);
            sub(otherwise);
        }
        _ => {}
    }
}

fn place_exprs<'e>(p: &'e Place, f: &mut impl FnMut(&'e Expr)) {
    match p {
        Place::ArrayElement { array, index }
        | Place::Indexer {
            target: array,
            index,
            ..
        } => {
            f(array);
            f(index);
        }
        Place::InstanceField { receiver, .. } => f(receiver),
        Place::Property { receiver, args, .. } => {
            if let Some(r) = receiver {
                f(r);
            }
            args.iter().for_each(f);
        }
        _ => {}
    }
}

/// Calls `f` on every statement of a statement tree (itself included).
pub fn visit_stmts<'s>(s: &'s Stmt, f: &mut impl FnMut(&'s Stmt)) {
    f(s);
    match &s.kind {
        StmtKind::Block(b) => {
            for x in &b.stmts {
                visit_stmts(x, f);
            }
        }
        StmtKind::If {
            then, otherwise, ..
        } => {
            visit_stmts(then, f);
            if let Some(o) = otherwise {
                visit_stmts(o, f);
            }
        }
        StmtKind::While { body, .. }
        | StmtKind::DoWhile { body, .. }
        | StmtKind::Foreach { body, .. } => visit_stmts(body, f),
        StmtKind::For { init, body, .. } => {
            for i in init {
                visit_stmts(i, f);
            }
            visit_stmts(body, f);
        }
        StmtKind::Try {
            body,
            catches,
            finally,
        } => {
            for x in &body.stmts {
                visit_stmts(x, f);
            }
            for c in catches {
                for x in &c.body.stmts {
                    visit_stmts(x, f);
                }
            }
            if let Some(fb) = finally {
                for x in &fb.stmts {
                    visit_stmts(x, f);
                }
            }
        }
        StmtKind::Switch { sections, .. } => {
            for sec in sections {
                for x in &sec.body {
                    visit_stmts(x, f);
                }
            }
        }
        _ => {}
    }
}

/// The expressions a statement evaluates itself (not those of nested statements): a `try`'s
/// are its catch clauses' filters.
pub fn stmt_exprs(s: &Stmt) -> Vec<&Expr> {
    let mut out = Vec::new();
    for_each_stmt_expr(s, &mut |e| out.push(e));
    out
}

/// `stmt_exprs` without collecting them: the visitors run it on every statement.
pub fn for_each_stmt_expr<'s>(s: &'s Stmt, f: &mut impl FnMut(&'s Expr)) {
    match &s.kind {
        StmtKind::Local { init: Some(e), .. }
        | StmtKind::Expr(e)
        | StmtKind::Return(Some(e))
        | StmtKind::Throw(e)
        | StmtKind::If { cond: e, .. }
        | StmtKind::While { cond: e, .. }
        | StmtKind::DoWhile { cond: e, .. }
        | StmtKind::Foreach { collection: e, .. }
        | StmtKind::Switch { subject: e, .. } => f(e),
        StmtKind::For { cond, update, .. } => cond.iter().chain(update.iter()).for_each(f),
        StmtKind::Try { catches, .. } => {
            catches.iter().filter_map(|c| c.filter.as_ref()).for_each(f)
        }
        _ => {}
    }
}

/// Every expression of a statement tree, nested statements included.
pub fn visit_all_exprs<'s>(s: &'s Stmt, f: &mut impl FnMut(&'s Expr)) {
    visit_stmts(s, &mut |st| {
        for_each_stmt_expr(st, &mut |e| visit_exprs(e, f))
    });
}

/// Locals a statement tree assigns (declarations with an initializer, assignments, `++`,
/// foreach and catch variables).
pub fn assigned_locals(s: &Stmt) -> Vec<LocalId> {
    let mut out = Vec::new();
    visit_stmts(s, &mut |st| match &st.kind {
        StmtKind::Local {
            local,
            init: Some(_),
        }
        | StmtKind::Foreach { local, .. } => out.push(*local),
        StmtKind::Try { catches, .. } => out.extend(catches.iter().filter_map(|c| c.local)),
        _ => {}
    });
    visit_all_exprs(s, &mut |e| match &e.kind {
        ExprKind::Assign {
            target: Place::Local(id),
            ..
        }
        | ExprKind::CompoundAssign {
            target: Place::Local(id),
            ..
        }
        | ExprKind::IncDec {
            target: Place::Local(id),
            ..
        }
        | ExprKind::TypeTest {
            local: Some(id), ..
        }
        | ExprKind::OutCall { out: Some(id), .. } => out.push(*id),
        ExprKind::RefArg { kind, target } if *kind != unawait_sema::hir::RefKind::In => {
            if let ExprKind::Local(id) = target.kind {
                out.push(id);
            }
        }
        _ => {}
    });
    out
}

/// Locals an expression reads.
pub fn read_locals(e: &Expr) -> Vec<LocalId> {
    let mut out = Vec::new();
    visit_exprs(e, &mut |x| match &x.kind {
        ExprKind::Local(id) => out.push(*id),
        ExprKind::CompoundAssign {
            target: Place::Local(id),
            ..
        }
        | ExprKind::IncDec {
            target: Place::Local(id),
            ..
        }
        | ExprKind::TypeTest {
            local: Some(id), ..
        } => out.push(*id),
        _ => {}
    });
    out
}

/// The expressions directly inside `e`, in C#'s evaluation order.
/// The await that is a whole statement: `await t;`, `x = await t;`, `var x = await t;`.
pub fn statement_await(s: &Stmt) -> Option<&Expr> {
    let e = match &s.kind {
        StmtKind::Expr(e) => match &e.kind {
            ExprKind::Assign { value, .. } => value,
            _ => e,
        },
        StmtKind::Local { init: Some(e), .. } => e,
        _ => return None,
    };
    matches!(e.kind, ExprKind::Await { .. }).then_some(e)
}

/// A method whose calls through an object run whichever method the object's class puts in its
/// place: a virtual method (or override), or an interface's.
pub fn dispatched(program: &unawait_sema::hir::Program, m: &unawait_sema::hir::Method) -> bool {
    m.vslot.is_some() || program.class(m.class).kind == unawait_sema::hir::ClassKind::Interface
}

/// The method of the program that `e` runs: a call's callee, or the constructor `new` runs.
pub fn user_callee(e: &Expr) -> Option<unawait_sema::hir::MethodId> {
    match &e.kind {
        ExprKind::Call {
            callee: unawait_sema::hir::Callee::User(m),
            ..
        } => Some(*m),
        ExprKind::NewObject { ctor, .. } => *ctor,
        _ => None,
    }
}

pub fn children(e: &Expr) -> Vec<&Expr> {
    let mut out: Vec<&Expr> = Vec::new();
    for_each_child(e, &mut |c| out.push(c));
    out
}

/// Calls `f` on the expressions directly inside `e`, in C#'s evaluation order.
pub fn for_each_child<'e>(e: &'e Expr, f: &mut impl FnMut(&'e Expr)) {
    let mut out = Pusher(f);
    match &e.kind {
        ExprKind::Property { receiver, .. } => out.extend(receiver.as_deref()),
        ExprKind::Call { receiver, args, .. } => {
            out.extend(receiver.as_deref());
            out.extend(args.iter());
        }
        ExprKind::New {
            args, initializer, ..
        } => out.extend(args.iter().chain(initializer)),
        ExprKind::NewObject { args, init, .. } => {
            out.extend(args.iter().chain(init.iter().map(|i| &i.value)))
        }
        ExprKind::InstanceField { receiver, .. } => out.push(receiver),
        ExprKind::NewArray { size, .. } => out.push(size),
        ExprKind::ArrayInit { items, .. } | ExprKind::Concat(items) => out.extend(items.iter()),
        ExprKind::ArrayElement { array, index }
        | ExprKind::Indexer {
            target: array,
            index,
            ..
        } => {
            out.push(array);
            out.push(index);
        }
        ExprKind::Unary { operand: x, .. }
        | ExprKind::ToStr(x)
        | ExprKind::Convert { expr: x, .. }
        | ExprKind::Discard(x)
        | ExprKind::TypeTest { expr: x, .. }
        | ExprKind::OutCall { call: x, .. }
        | ExprKind::RefArg { target: x, .. }
        | ExprKind::Await { expr: x, .. } => out.push(x),
        ExprKind::Binary { lhs, rhs, .. } => {
            out.push(lhs);
            out.push(rhs);
        }
        ExprKind::Assign { target, value } | ExprKind::CompoundAssign { target, value, .. } => {
            place_exprs(target, &mut |x| out.push(x));
            out.push(value);
        }
        ExprKind::IncDec { target, .. } => place_exprs(target, &mut |x| out.push(x)),
        ExprKind::Conditional {
            cond,
            then,
            otherwise,
        } => {
            out.push(cond);
            out.push(then);
            out.push(otherwise);
        }
        _ => {}
    }
}

struct Pusher<'f, F>(&'f mut F);

impl<'e, F: FnMut(&'e Expr)> Pusher<'_, F> {
    fn push(&mut self, e: &'e Expr) {
        (self.0)(e)
    }
    fn extend(&mut self, it: impl IntoIterator<Item = &'e Expr>) {
        for e in it {
            (self.0)(e)
        }
    }
}
