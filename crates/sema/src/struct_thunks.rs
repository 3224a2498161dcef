//! Method groups of the program's methods that take or return a struct, made delegates
//! (`Func<Point, int> f = Key;`, `points.Select(Scale)`). A delegate's callers (the library
//! among them) pass the values they hold and no return buffer, so a method a delegate calls
//! copies its struct arguments on entry and returns a new struct (`Method::delegate_entry`,
//! docs/lowering.md "Structs through delegates"). A lambda's method is made so by closure
//! conversion; a named method, which direct calls reach with copies and a buffer, gets a thunk
//! here that delegates call instead: `static R <Key>d__thunk(P p) => Key(p)` for a static
//! method, `static R <Key>d__thunk(C self, P p) => self.Key(p)` for an instance one (the
//! delegate's target is the object, so it dispatches as the group did), an instance method
//! calling `base.Key(p)` for a `base.` group. One thunk per method and kind, so two delegates
//! of the same group compare equal and `-=` removes one, as in C#.

use crate::context::Ctx;
use crate::hir::{
    visit, Block, Callee, ClassId, ClassKind, Expr, ExprKind, Local, LocalId, LocalKind, Method,
    MethodId, MethodKind, Stmt, StmtKind,
};
use crate::types::Ty;
use std::collections::{HashMap, HashSet};

/// Gives every method group that needs one its thunk (after closure conversion, which made the
/// lambdas' methods).
pub(crate) fn make(cx: &mut Ctx<'_>) {
    let needs: HashSet<MethodId> = (cx.program.methods.iter().enumerate())
        .filter(|(_, m)| {
            // (Delegate types with `ref`, `out` or `in` parameters are UA0100: none here.)
            let by_ref = m.params.iter().any(|p| {
                m.locals
                    .get(p.0 as usize)
                    .is_some_and(|l| l.by_ref.is_some())
            });
            !m.delegate_entry
                && !m.is_async
                && !by_ref
                && (m.return_type.is_struct()
                    || m.params.iter().any(|p| {
                        m.locals
                            .get(p.0 as usize)
                            .is_some_and(|l| l.by_ref.is_none() && l.ty.is_struct())
                    }))
        })
        .map(|(i, _)| MethodId(i as u32))
        .collect();
    // Most programs have no such method: no walk.
    if needs.is_empty() {
        return;
    }
    let mut thunks = HashMap::new();
    for i in 0..cx.program.methods.len() {
        let Some(mut body) = cx.program.methods[i].body.take() else {
            continue;
        };
        let class = cx.program.methods[i].class;
        let mut r = Replace {
            cx,
            class,
            needs: &needs,
            thunks: &mut thunks,
        };
        visit::block(&mut r, &mut body);
        cx.program.methods[i].body = Some(body);
    }
}

type Thunks = HashMap<(MethodId, Option<ClassId>), MethodId>;

struct Replace<'a, 'c> {
    cx: &'a mut Ctx<'c>,
    /// The class of the method whose body is walked (a `base.` group's thunk goes there).
    class: ClassId,
    needs: &'a HashSet<MethodId>,
    thunks: &'a mut Thunks,
}

impl visit::VisitMut for Replace<'_, '_> {
    fn expr(&mut self, e: &mut Expr) {
        let ExprKind::MethodGroup {
            method: Callee::User(m),
            receiver,
            ..
        } = &mut e.kind
        else {
            return;
        };
        if !self.needs.contains(m) {
            return;
        }
        let target = self.cx.program.method(*m);
        // A struct's own instance method is bound to a box of the value; its thunk would need
        // the box unboxed in place: left as it is.
        let on_struct = self.cx.program.class(target.class).kind == ClassKind::Struct;
        if on_struct && !target.is_static {
            return;
        }
        let base = receiver
            .as_deref()
            .is_some_and(|r| matches!(r.kind, ExprKind::Base));
        let key = (*m, base.then_some(self.class));
        let thunk = match self.thunks.get(&key) {
            Some(t) => *t,
            None => {
                let recv_ty = receiver.as_ref().map(|r| r.ty.clone());
                let t = thunk(self.cx, *m, base.then_some(self.class), recv_ty);
                self.thunks.insert(key, t);
                t
            }
        };
        *m = thunk;
        if base {
            // The thunk is an instance method of this class: its target is `this`.
            if let Some(r) = receiver {
                r.kind = ExprKind::This;
                r.ty = self.cx.class_ty(self.class);
            }
        }
    }
}

/// Makes the thunk of method `m` (see the module's comment); `base_of`: the class whose
/// `base.m` group it serves; `recv`: the type of the group's object, for an instance method.
fn thunk(cx: &mut Ctx<'_>, m: MethodId, base_of: Option<ClassId>, recv: Option<Ty>) -> MethodId {
    let target = cx.program.method(m).clone();
    let span = target.span;
    let instance = !target.is_static;
    let home = base_of.unwrap_or(target.class);
    let mut locals: Vec<Local> = Vec::new();
    let mut params = Vec::new();
    let mut param_types = Vec::new();
    let local = |locals: &mut Vec<Local>, name: String, ty: Ty| {
        locals.push(Local {
            name,
            ty,
            kind: LocalKind::Param,
            span,
            captured: false,
            by_ref: None,
        });
        LocalId((locals.len() - 1) as u32)
    };
    // A static thunk of an instance method takes the object first: the delegate's target.
    let this_ty = recv.unwrap_or_else(|| cx.class_ty(target.class));
    let self_param = (instance && base_of.is_none()).then(|| {
        let id = local(&mut locals, "<>4__this".into(), this_ty.clone());
        params.push(id);
        param_types.push(this_ty.clone());
        id
    });
    let mut args = Vec::new();
    for p in &target.params {
        let Some(l) = target.locals.get(p.0 as usize) else {
            continue;
        };
        let id = local(&mut locals, l.name.clone(), l.ty.clone());
        params.push(id);
        param_types.push(l.ty.clone());
        args.push(crate::check_expr::mk(
            ExprKind::Local(id),
            l.ty.clone(),
            span,
        ));
    }
    let receiver = match (self_param, base_of) {
        (Some(id), _) => Some(Box::new(crate::check_expr::mk(
            ExprKind::Local(id),
            this_ty,
            span,
        ))),
        (None, Some(c)) => {
            let base_ty = cx
                .program
                .class(c)
                .base
                .map(|b| cx.class_ty(b))
                .unwrap_or_else(|| cx.class_ty(c));
            Some(Box::new(crate::check_expr::mk(
                ExprKind::Base,
                base_ty,
                span,
            )))
        }
        (None, None) => None,
    };
    let call = crate::check_expr::mk(
        ExprKind::Call {
            callee: Callee::User(m),
            receiver,
            args,
            type_args: Vec::new(),
        },
        target.return_type.clone(),
        span,
    );
    let stmt = if target.return_type == Ty::Void {
        StmtKind::Expr(call)
    } else {
        StmtKind::Return(Some(call))
    };
    let mut body = Block {
        stmts: vec![Stmt::new(stmt, span)],
        span,
    };
    let (expr_count, stmt_count) = crate::ids::number(&mut body);
    let id = MethodId(cx.program.methods.len() as u32);
    let name = format!("<{}>d__thunk", target.name);
    cx.program.methods.push(Method {
        is_static: base_of.is_none(),
        params,
        param_types,
        return_type: target.return_type.clone(),
        locals,
        body: Some(body),
        expr_count,
        stmt_count,
        delegate_entry: true,
        ..Method::new(home, name, MethodKind::Ordinary, span)
    });
    cx.program.classes[home.0 as usize].methods.push(id);
    id
}
