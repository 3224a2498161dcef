//! Collection initializers of the program's classes implementing `IEnumerable<T>`
//! (user_enumerables.rs): `new Bag { a, b }` calls the class's `Add(a)`, then `Add(b)`, on the
//! new object after the constructor and in order, as C# does. Each call is an initializer
//! entry whose target is the `Add` method, which lowering calls as it calls a property's
//! setter (the object, then the value; a returned value is dropped).

use unawait_syntax::ast::{self, ExprKind as A};
use unawait_syntax::Span;

use crate::body::Body;
use crate::check_expr::mk;
use crate::hir::{Callee, ClassId, ExprKind, InitTarget, MemberInit};
use crate::resolve::Resolved;
use crate::types::{Lib, Ty};

impl Body<'_, '_> {
    /// The initializer entry of collection-initializer item `item` of class `class`; `None`
    /// after a diagnostic (`reported` keeps it to one per initializer).
    pub(crate) fn user_collection_item(
        &mut self,
        class: ClassId,
        item: &ast::Expr,
        reported: &mut bool,
    ) -> Option<MemberInit> {
        let ty = self.cx.class_ty(class);
        let enumerable = matches!(&ty, Ty::Class(_, c)
            if c.lib_interfaces.iter().any(|t| matches!(t, Ty::Lib(Lib::IEnumerable, _))));
        let several = matches!(item.kind, A::InitializerList(_));
        if !enumerable || several {
            if !*reported {
                *reported = true;
                if !enumerable {
                    // C#'s CS1922 needs `IEnumerable`; a class of the program implementing
                    // only its own interfaces has none.
                    self.cx.unsupported(
                        "collection initializers of the program's classes that do not implement `IEnumerable<T>` are",
                        item.span,
                    );
                } else {
                    self.cx.unsupported(
                        "collection initializer items of several values (`{ a, b }`, an `Add` of several parameters) for the program's classes are",
                        item.span,
                    );
                }
            }
            self.declare_expr_names(item);
            return None;
        }
        let span: Span = item.span;
        let value = self.expr(item);
        let recv = mk(ExprKind::This, ty, span);
        let add = ast::Ident {
            name: "Add".into(),
            span,
        };
        let g = match self.member_of_value(recv, &add, Vec::new(), span) {
            Resolved::Methods(g) => g,
            _ => return None,
        };
        let res = self.resolve_call(g, vec![value], span, false)?;
        match (res.callee, <[_; 1]>::try_from(res.args)) {
            (Callee::User(m), Ok([value])) if !self.cx.program.method(m).is_static => {
                Some(MemberInit {
                    target: InitTarget::Setter(m),
                    value,
                })
            }
            _ => {
                if !*reported {
                    *reported = true;
                    self.cx.unsupported(
                        "collection initializers calling an `Add` other than an instance method of the class are",
                        span,
                    );
                }
                None
            }
        }
    }
}
