//! Names beyond plain lookup: `nameof(x)` (a compile-time string), the static members that
//! `using static` directives make simple names, and `global::` qualification in expressions.

use unawait_syntax::ast::{self, ExprKind as A};
use unawait_syntax::Span;

use crate::bcl_members::{real_member, RealMember};
use crate::body::Body;
use crate::check_expr::mk;
use crate::constants::ConstValue;
use crate::context::Ctx;
use crate::hir::{Expr, ExprKind};
use crate::lib_gaps::members_hint;
use crate::resolve::{lookup_members, Resolved};
use crate::types::Ty;

impl Body<'_, '_> {
    /// `nameof(x)` when nothing named `nameof` is in scope: the string of the last identifier of
    /// `x` (`nameof(Console.WriteLine)` is "WriteLine", `nameof(List<int>)` is "List"). C# binds
    /// the argument, so an unknown name is still CS0103; instance members need no object.
    pub(crate) fn nameof(
        &mut self,
        callee: &ast::Expr,
        args: &[ast::Arg],
        span: Span,
    ) -> Option<Expr> {
        let A::Name { name, type_args } = &callee.kind else {
            return None;
        };
        if name.name != "nameof"
            || !type_args.is_empty()
            || args.len() != 1
            || self.scopes.lookup("nameof").is_some()
            || self.cx.members[self.class.0 as usize].contains_key("nameof")
        {
            return None;
        }
        let arg = &args[0];
        let last = match &arg.value.kind {
            A::Name { name, .. } | A::Member { name, .. } | A::AliasQualified { name, .. }
                if arg.name.is_none() && arg.modifier.is_none() =>
            {
                name.name.clone()
            }
            _ => {
                self.cx
                    .unsupported("`nameof` of anything but a name is", arg.value.span);
                return Some(Expr::error(span));
            }
        };
        let outer = std::mem::replace(&mut self.in_nameof, true);
        let _ = self.resolve(&arg.value);
        self.in_nameof = outer;
        Some(mk(
            ExprKind::Const(ConstValue::String(last.as_str().into())),
            Ty::String,
            span,
        ))
    }

    /// A simple name found nowhere else may be a static member of a `using static` type.
    pub(crate) fn static_import(
        &mut self,
        name: &ast::Ident,
        targs: &[Ty],
        span: Span,
    ) -> Option<Resolved> {
        let n = name.name.as_str();
        for ty in self.cx.static_imports.clone() {
            // A struct, a class with a base, ... (reported): its members are not known.
            if let Ty::Class(id, _) = &ty {
                if self.cx.opaque.contains(id) || self.cx.skipped_classes.contains(id) {
                    return Some(Resolved::Value(Expr::error(span)));
                }
            }
            let has = match &ty {
                Ty::Class(id, _) => self.cx.members[id.0 as usize].contains_key(n),
                _ => lookup_members(&ty, n)
                    .iter()
                    .any(|c| crate::builtins::library().get(c.callee_builtin()).is_static),
            };
            if has {
                return Some(self.member_of_type(ty, name, targs.to_vec(), span));
            }
            if !matches!(ty, Ty::Class(..))
                && real_member(&ty, n, false, &|_| false) == RealMember::Member
            {
                self.cx.outside_library(
                    format!("`{ty}.{n}` is outside unawait's library"),
                    name.span,
                    members_hint(&ty),
                );
                return Some(Resolved::Value(Expr::error(span)));
            }
        }
        self.cx
            .opaque_static_import
            .then(|| Resolved::Value(Expr::error(span)))
    }

    /// `global::N` in an expression: a namespace or a type of the global namespace.
    pub(crate) fn global_qualified(
        &mut self,
        name: &ast::Ident,
        type_args: &[ast::TypeExpr],
    ) -> Option<Resolved> {
        let n = name.name.as_str();
        if type_args.is_empty() && self.cx.namespace_exists(n) {
            return Some(Resolved::Namespace(n.to_string()));
        }
        if type_args.is_empty() {
            let id = self
                .cx
                .classes_by_name
                .get(n)?
                .iter()
                .copied()
                .find(|&c| self.cx.program.class(c).namespace.is_none())?;
            return Some(Resolved::Type(self.cx.class_ty(id)));
        }
        None
    }
}

impl Ctx<'_> {
    /// `using static T;`: `T`'s static members become simple names. A type outside the language
    /// is reported here, once; its members then resolve silently.
    pub(crate) fn add_static_import(&mut self, u: &ast::UsingDirective) {
        let segs: Vec<ast::TypeSegment> = u
            .path
            .iter()
            .map(|p| ast::TypeSegment {
                name: p.clone(),
                args: Vec::new(),
            })
            .collect();
        let (Some(first), Some(last)) = (u.path.first(), u.path.last()) else {
            return;
        };
        let te = ast::TypeExpr {
            kind: ast::TypeExprKind::Named(segs),
            span: first.span.to(last.span),
        };
        match self.resolve_type(&te, None) {
            Ty::Error => self.opaque_static_import = true,
            t => self.static_imports.push(t),
        }
    }
}
