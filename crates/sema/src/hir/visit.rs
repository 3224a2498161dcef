//! A walk over a body that may change it: every statement before its parts, every expression
//! after its operands (so a visitor sees operands already rewritten), lambdas' bodies
//! included. Passes that only rewrite some nodes (`instantiate.rs`) implement the hooks they
//! need.

use super::*;

pub trait VisitMut {
    /// An expression, after its operands.
    fn expr(&mut self, e: &mut Expr);
    /// A statement, before its parts.
    fn stmt(&mut self, _s: &mut Stmt) {}
    /// A catch clause, before its filter and body.
    fn catch(&mut self, _c: &mut CatchClause) {}
    /// A lambda, before its body.
    fn lambda(&mut self, _l: &mut Lambda) {}
}

pub fn block<V: VisitMut>(v: &mut V, b: &mut Block) {
    for s in &mut b.stmts {
        stmt(v, s);
    }
}

pub fn stmt<V: VisitMut>(v: &mut V, s: &mut Stmt) {
    v.stmt(s);
    match &mut s.kind {
        StmtKind::Block(b) => block(v, b),
        StmtKind::Local { init, .. } => {
            if let Some(e) = init {
                expr(v, e);
            }
        }
        StmtKind::Expr(e) | StmtKind::Throw(e) | StmtKind::YieldReturn(e) => expr(v, e),
        StmtKind::If {
            cond,
            then,
            otherwise,
        } => {
            expr(v, cond);
            stmt(v, then);
            if let Some(o) = otherwise {
                stmt(v, o);
            }
        }
        StmtKind::While { cond, body } | StmtKind::DoWhile { body, cond } => {
            expr(v, cond);
            stmt(v, body);
        }
        StmtKind::For {
            init,
            cond,
            update,
            body,
        } => {
            init.iter_mut().for_each(|s| stmt(v, s));
            if let Some(c) = cond {
                expr(v, c);
            }
            update.iter_mut().for_each(|e| expr(v, e));
            stmt(v, body);
        }
        StmtKind::Foreach {
            collection, body, ..
        } => {
            expr(v, collection);
            stmt(v, body);
        }
        StmtKind::Return(e) => {
            if let Some(e) = e {
                expr(v, e);
            }
        }
        StmtKind::Try {
            body,
            catches,
            finally,
        } => {
            block(v, body);
            for c in catches {
                v.catch(c);
                if let Some(f) = &mut c.filter {
                    expr(v, f);
                }
                block(v, &mut c.body);
            }
            if let Some(f) = finally {
                block(v, f);
            }
        }
        StmtKind::Switch { subject, sections } => {
            expr(v, subject);
            for sec in sections {
                sec.body.iter_mut().for_each(|s| stmt(v, s));
            }
        }
        StmtKind::Using { resource, body } => {
            resource.iter_mut().for_each(|s| stmt(v, s));
            stmt(v, body);
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

fn place<V: VisitMut>(v: &mut V, p: &mut Place) {
    match p {
        Place::ArrayElement { array, index } => {
            expr(v, array);
            expr(v, index);
        }
        Place::Indexer { target, index, .. } => {
            expr(v, target);
            expr(v, index);
        }
        Place::InstanceField { receiver, .. } => expr(v, receiver),
        Place::Property { receiver, args, .. } => {
            if let Some(r) = receiver {
                expr(v, r);
            }
            args.iter_mut().for_each(|a| expr(v, a));
        }
        Place::Local(_) | Place::This | Place::StaticField(_) => {}
    }
}

pub fn expr<V: VisitMut>(v: &mut V, e: &mut Expr) {
    match &mut e.kind {
        ExprKind::Property { receiver, .. } | ExprKind::MethodGroup { receiver, .. } => {
            if let Some(r) = receiver {
                expr(v, r);
            }
        }
        ExprKind::Call { receiver, args, .. } => {
            if let Some(r) = receiver {
                expr(v, r);
            }
            args.iter_mut().for_each(|a| expr(v, a));
        }
        ExprKind::New {
            args, initializer, ..
        } => {
            args.iter_mut().for_each(|a| expr(v, a));
            initializer.iter_mut().for_each(|a| expr(v, a));
        }
        ExprKind::NewArray { size, .. } => expr(v, size),
        ExprKind::ArrayInit { items, .. } | ExprKind::Concat(items) => {
            items.iter_mut().for_each(|a| expr(v, a))
        }
        ExprKind::ArrayElement { array, index } => {
            expr(v, array);
            expr(v, index);
        }
        ExprKind::Indexer { target, index, .. } => {
            expr(v, target);
            expr(v, index);
        }
        ExprKind::Unary { operand, .. } => expr(v, operand),
        ExprKind::Binary { lhs, rhs, .. } => {
            expr(v, lhs);
            expr(v, rhs);
        }
        ExprKind::ToStr(x)
        | ExprKind::Convert { expr: x, .. }
        | ExprKind::Discard(x)
        | ExprKind::InstanceField { receiver: x, .. }
        | ExprKind::TypeTest { expr: x, .. }
        | ExprKind::OutCall { call: x, .. }
        | ExprKind::RefArg { target: x, .. } => expr(v, x),
        ExprKind::Assign { target, value } | ExprKind::CompoundAssign { target, value, .. } => {
            place(v, target);
            expr(v, value);
        }
        ExprKind::IncDec { target, .. } => place(v, target),
        ExprKind::Conditional {
            cond,
            then,
            otherwise,
        } => {
            expr(v, cond);
            expr(v, then);
            expr(v, otherwise);
        }
        ExprKind::Await { expr: x, info } => {
            expr(v, x);
            if let Some(c) = &mut info.custom {
                expr(v, &mut c.is_completed);
                expr(v, &mut c.on_completed);
                expr(v, &mut c.get_result);
            }
        }
        ExprKind::NewObject { args, init, .. } => {
            args.iter_mut().for_each(|a| expr(v, a));
            init.iter_mut().for_each(|i| expr(v, &mut i.value));
        }
        ExprKind::Lambda(l) => {
            v.lambda(l);
            block(v, &mut l.body);
        }
        ExprKind::InvokeDelegate { target, args } => {
            expr(v, target);
            args.iter_mut().for_each(|a| expr(v, a));
        }
        ExprKind::Const(_)
        | ExprKind::Local(_)
        | ExprKind::StaticField(_)
        | ExprKind::This
        | ExprKind::Base
        | ExprKind::UnboundLambda(_)
        | ExprKind::Error => {}
    }
    v.expr(e);
}
