//! A static member of the library used as a value (`Select(int.Parse)`, `Action<string> print =
//! Console.WriteLine`): a lambda calling it with the delegate's parameters, chosen by overload
//! resolution on those parameter types as C#'s method group conversion chooses it. The lambda
//! captures nothing, so closure conversion makes it a static method whose delegate is cached, as
//! C# 11 caches a static method group's.

use unawait_syntax::Span;

use crate::body::Body;
use crate::check_call::MethodGroup;
use crate::check_expr::mk;
use crate::hir::{AsyncKind, Block, Callee, Expr, ExprKind, Lambda, Stmt, StmtKind};
use crate::types::Ty;

impl Body<'_, '_> {
    pub(crate) fn library_method_group(
        &mut self,
        g: MethodGroup,
        to: &Ty,
        span: Span,
    ) -> Result<Expr, Box<MethodGroup>> {
        let statics = g.receiver.is_none()
            && !g.cands.is_empty()
            && g.cands
                .iter()
                .all(|c| matches!(c.callee, Callee::Builtin(_)))
            && g.cands
                .iter()
                .all(|c| crate::builtins::library().get(c.callee_builtin()).is_static);
        let Some((params, ret)) = to.delegate_sig().filter(|_| statics) else {
            return Err(Box::new(g));
        };
        let (params, ret) = (params.to_vec(), ret);
        let cp = self.checkpoint();
        let first_local = self.locals.len() as u32;
        let locals: Vec<_> = params
            .iter()
            .map(|t| self.hidden_param(t.clone(), span))
            .collect();
        let args: Vec<Expr> = locals
            .iter()
            .zip(&params)
            .map(|(l, t)| mk(ExprKind::Local(*l), t.clone(), span))
            .collect();
        let kept = MethodGroup {
            cands: g.cands.clone(),
            receiver: None,
            name: g.name.clone(),
            type_args: g.type_args.clone(),
            via_type: g.via_type,
        };
        let errors = self.cx.diags.list.len();
        let call = self.resolve_call(kept, args, span, false);
        let fits = call.as_ref().is_some_and(|r| {
            self.cx.diags.list.len() == errors
                && (ret == Ty::Void
                    || r.ret == ret
                    || (ret.is_reference_type()
                        && r.ret.is_reference_type()
                        && crate::convert::implicit(&r.ret, &ret).is_some()))
        });
        let Some(res) = call.filter(|_| fits) else {
            self.rollback(cp);
            return Err(Box::new(g));
        };
        let call_ty = res.ret.clone();
        let call = mk(
            ExprKind::Call {
                callee: res.callee,
                receiver: res.receiver,
                args: res.args,
                type_args: res.type_args,
            },
            call_ty.clone(),
            span,
        );
        let stmt = if ret == Ty::Void {
            StmtKind::Expr(call)
        } else {
            let value = if call_ty == ret {
                call
            } else {
                let c = crate::convert::implicit(&call_ty, &ret).flatten();
                crate::convert::apply(call, c, &ret)
            };
            StmtKind::Return(Some(value))
        };
        self.lambdas += 1;
        let lambda = Lambda {
            local_name: None,
            first_local,
            params: locals,
            is_async: false,
            async_kind: AsyncKind::NotAsync,
            return_type: ret,
            body: Block {
                stmts: vec![Stmt::new(stmt, span)],
                span,
            },
            captures: Vec::new(),
        };
        Ok(mk(ExprKind::Lambda(Box::new(lambda)), to.clone(), span))
    }
}
