//! `lock (e) S`, as C# defines it for an object `e`: `{ object l = e; Monitor.Enter(l); try { S }
//! finally { Monitor.Exit(l); } }` (C# enters inside the `try` with a `lockTaken` flag; the only
//! way `Enter` fails here is before it takes the lock, so both release exactly when the lock was
//! taken). The HIR is that expansion, so the lowering, the facts and explain see an ordinary
//! `try`/`finally`. An `await` in the body is CS1996 (check_expr.rs): the thread that resumes
//! the method could not release a monitor another thread took.

use unawait_syntax::ast;
use unawait_syntax::Span;

use crate::body::Body;
use crate::check_expr::mk;
use crate::hir::{Block, Expr, ExprKind, LocalId, LocalKind, Stmt, StmtId, StmtKind};
use crate::types::{Lib, Ty};

impl Body<'_, '_> {
    pub(crate) fn lock_stmt(
        &mut self,
        target: &ast::Expr,
        body: &ast::Stmt,
        span: Span,
    ) -> StmtKind {
        let v = self.expr(target);
        let ok = match &v.ty {
            Ty::Error => false,
            // `lock (null)` compiles (Roslyn reports the literal only in its strict mode) and
            // throws ArgumentNullException.
            t if t.is_reference_type() && t.nullable_of().is_none() => true,
            t => {
                self.err(
                    "CS0185",
                    format!("'{t}' is not a reference type as required by the lock statement"),
                    target.span,
                    "lock on an object that only this code uses, e.g. `readonly object gate = new object();`",
                );
                false
            }
        };
        let outer = std::mem::replace(&mut self.in_lock, true);
        let mut inner = Vec::new();
        self.scopes.push();
        self.stmt(body, &mut inner);
        self.scopes.pop();
        self.in_lock = outer;
        if !ok {
            return StmtKind::Block(Block { stmts: inner, span });
        }
        let v = self.coerce(v, &Ty::Object);
        let l = self.declare_lock_local(target.span);
        let stmt = |kind| Stmt {
            id: StmtId::NONE,
            span,
            kind,
        };
        let (enter, exit) = (
            self.monitor_call("Enter", l, span),
            self.monitor_call("Exit", l, span),
        );
        let (Some(enter), Some(exit)) = (enter, exit) else {
            return StmtKind::Block(Block { stmts: inner, span });
        };
        let out = vec![
            stmt(StmtKind::Local {
                local: l,
                init: Some(v),
            }),
            stmt(StmtKind::Expr(enter)),
            stmt(StmtKind::Try {
                body: Block { stmts: inner, span },
                catches: Vec::new(),
                finally: Some(Block {
                    stmts: vec![stmt(StmtKind::Expr(exit))],
                    span,
                }),
            }),
        ];
        StmtKind::Block(Block { stmts: out, span })
    }

    fn declare_lock_local(&mut self, span: Span) -> LocalId {
        let id = LocalId(self.locals.len() as u32);
        self.locals.push(crate::hir::Local {
            name: format!("<lock{}>", id.0),
            ty: Ty::Object,
            kind: LocalKind::Local,
            span,
            captured: false,
            by_ref: None,
        });
        self.local_consts.push(None);
        id
    }

    /// `Monitor.Enter(l)` / `Monitor.Exit(l)`.
    fn monitor_call(&mut self, name: &str, l: LocalId, span: Span) -> Option<Expr> {
        let found = crate::resolve::lookup_members(&Ty::Lib(Lib::Monitor, Vec::new()), name);
        let c = found.first()?;
        Some(mk(
            ExprKind::Call {
                callee: c.callee,
                receiver: None,
                args: vec![mk(ExprKind::Local(l), Ty::Object, span)],
                type_args: Vec::new(),
            },
            Ty::Void,
            span,
        ))
    }
}
