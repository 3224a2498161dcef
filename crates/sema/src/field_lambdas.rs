//! Lambdas in field initializers (`static readonly Func<int, int> Square = x => x * x;`). C#
//! runs a field's initializer in each constructor (a static one's in the static constructor),
//! and so does unawait: the initializer is checked once for its diagnostics, and checked again
//! in each constructor's body, where its lambdas are that constructor's (`<.ctor>b__0_0`,
//! `<.cctor>b__0_0`) for closure conversion, which works on method bodies. A class whose static
//! fields need this and that declares no static constructor gets the one C# generates.

use crate::body::Body;
use crate::context::{BodySrc, Ctx};
use crate::hir::{ClassId, Expr, FieldId};

/// Gives each class with a static field initialized by a lambda a static constructor.
pub(crate) fn static_constructors(cx: &mut Ctx<'_>) {
    let mut classes: Vec<ClassId> = cx
        .lambda_inits
        .iter()
        .map(|&f| cx.program.field(f))
        .filter(|f| f.is_static)
        .map(|f| f.class)
        .collect();
    classes.sort();
    classes.dedup();
    for class in classes {
        if cx.static_ctors.contains_key(&class) {
            continue;
        }
        let m = crate::constructors::generated_constructor(cx, class, true);
        let id = crate::check_members::push_method(cx, class, m, Some(BodySrc::ImplicitCtor), true);
        cx.static_ctors.insert(class, id);
    }
}

impl Body<'_, '_> {
    /// Field `f`'s initializer as the constructor being checked runs it: the one checked with
    /// the field, or, when it has lambdas, checked again here (its diagnostics were reported).
    pub(crate) fn field_initializer(&mut self, f: FieldId, checked: &Expr) -> Expr {
        let source = self.cx.field_inits[f.0 as usize];
        let Some(source) = source.filter(|_| self.cx.lambda_inits.contains(&f)) else {
            return checked.clone();
        };
        let ty = self.cx.program.field(f).ty.clone();
        let (diags, unsupported) = (self.cx.diags.list.len(), self.cx.unsupported_count);
        let e = self.expr_with(source, Some(&ty));
        let e = self.coerce(e, &ty);
        self.cx.diags.truncate(diags);
        self.cx.unsupported_count = unsupported;
        e
    }
}
