//! The hidden members generic code calls for what its type argument decides (`new T()`,
//! `CompareTo(T)`, `Equals(T)`), bound in an instance to the argument's own.

use super::{class_member, Rewrite};
use crate::hir::*;
use crate::types::Ty;

impl Rewrite<'_, '_, '_> {
    /// A hidden member standing for what a type argument decides (`builtins::NEW_T`,
    /// `COMPARE_T`, `EQUALS_T`) as the argument's own: its constructor or default, its
    /// `CompareTo(T)` or `Equals(T)`.
    pub(super) fn bind_hidden(&self, name: &str, call: &Expr) -> Option<Expr> {
        use crate::builtins::{COMPARE_T, EQUALS_T, NEW_T};
        let ExprKind::Call {
            args, type_args, ..
        } = &call.kind
        else {
            return None;
        };
        let arg = type_args.first()?;
        let span = call.span;
        let program = &self.cx.program;
        if name == NEW_T {
            if let (Ty::Class(class, _), false) = (arg, arg.is_struct()) {
                let kind = ExprKind::NewObject {
                    class: *class,
                    ctor: crate::generics::parameterless_ctor(program, arg),
                    args: Vec::new(),
                    init: Vec::new(),
                };
                return Some(crate::check_expr::mk(kind, arg.clone(), span));
            }
            if let Some(ctor) = crate::generics::library_new(arg) {
                let kind = ExprKind::New {
                    ctor: Callee::Builtin(ctor),
                    args: Vec::new(),
                    type_args: match arg {
                        Ty::Lib(_, a) => a.clone(),
                        _ => Vec::new(),
                    },
                    initializer: Vec::new(),
                };
                return Some(crate::check_expr::mk(kind, arg.clone(), span));
            }
            return crate::check_expr::default_of(arg, span);
        }
        if name != COMPARE_T && name != EQUALS_T {
            return None;
        }
        let [value, other] = &args[..] else {
            return None;
        };
        let (member, own) = match name {
            n if n == COMPARE_T => ("CompareTo", class_member(program, arg, |c| c.comparable)),
            _ => ("Equals", class_member(program, arg, |c| c.equatable)),
        };
        let callee = match own {
            Some(m) => Callee::User(m),
            None => {
                let found = crate::resolve_value::lookup_members(arg, member);
                let b = found.iter().find(|c| {
                    let b = crate::builtins::library().get(c.callee_builtin());
                    !b.is_static && b.params.len() == 1 && b.params[0].1 == *arg
                })?;
                b.callee
            }
        };
        let kind = ExprKind::Call {
            callee,
            receiver: Some(Box::new(value.clone())),
            args: vec![other.clone()],
            type_args: Vec::new(),
        };
        Some(crate::check_expr::mk(kind, call.ty.clone(), span))
    }
}
