//! Which methods a call may run before overload resolution: the program's extension methods
//! (`x.M(a)` as `M(x, a)`, C#'s errors for them, and the library's extension methods that are
//! outside unawait), and which declaration of a virtual method names its parameters and gives
//! their defaults.

use unawait_syntax::ast;

use crate::body::Body;
use crate::check_call::{Cand, MethodGroup};
use crate::hir::{Callee, Expr, MethodId};
use crate::types::Ty;

impl Body<'_, '_> {
    /// The program's extension methods named `n`, as a group on `receiver` (`x.M(a)` when `x`'s
    /// type has no member `M`): the call passes the receiver as the first argument.
    pub(crate) fn extension_group(
        &self,
        receiver: Expr,
        n: &str,
        type_args: Vec<Ty>,
    ) -> Option<MethodGroup> {
        let ms = self.cx.extension_targets.get(n)?;
        Some(MethodGroup {
            cands: ms.iter().map(|&m| Cand::user(m)).collect(),
            receiver: Some(Box::new(receiver)),
            name: n.to_string(),
            type_args,
            via_type: false,
        })
    }

    /// An extension method group (`extension_group`): its receiver becomes the first argument
    /// of the static method.
    /// `x.M(a)` calling extension methods: the receiver is their first argument.
    pub(crate) fn extension_form(&self, g: &MethodGroup) -> bool {
        let is_extension = |c: &Cand| match c.callee {
            Callee::User(m) => self
                .cx
                .extension_targets
                .get(&self.cx.program.method(m).name)
                .is_some_and(|ms| ms.contains(&m)),
            // The library's extension methods (`Unwrap`) are its static class's members.
            Callee::Builtin(b) => {
                let b = crate::builtins::library().get(b);
                b.owner == crate::builtins::Owner::Lib(crate::types::Lib::TaskExtensions)
                    // A type parameter's `CompareTo`/`Equals` through its constraint
                    // (`generics.rs`): the receiver is the hidden member's first argument.
                    || [crate::builtins::COMPARE_T, crate::builtins::EQUALS_T].contains(&b.name.as_str())
            }
        };
        g.receiver.is_some() && !g.cands.is_empty() && g.cands.iter().all(is_extension)
    }

    /// The declaration whose parameter names and default values a call of `m` through
    /// `receiver` uses: C# takes them from the most derived override at or above the
    /// receiver's static type, whichever override runs, so with `Der d` and `Base b` holding
    /// the same object, `d.Send("x")` takes `Der.Send`'s defaults and `b.Send("x")` `Base.Send`'s.
    pub(crate) fn params_of(&self, m: MethodId, receiver: Option<&Expr>) -> MethodId {
        let method = self.cx.program.method(m);
        let Some(slot) = method.vslot else {
            return m;
        };
        let start = match receiver.map(|r| &r.ty) {
            Some(Ty::Class(c, _)) => *c,
            Some(_) => return m,
            None => self.class,
        };
        let program = &self.cx.program;
        self.cx
            .class_chain(start)
            .into_iter()
            .find_map(|k| {
                program.class(k).methods.iter().copied().find(|&x| {
                    let o = program.method(x);
                    o.vslot == Some(slot) && !o.is_static && o.name == method.name
                })
            })
            .unwrap_or(m)
    }

    pub(crate) fn extension_receiver(
        &self,
        g: MethodGroup,
        mut args: Vec<Expr>,
    ) -> (MethodGroup, Vec<Expr>) {
        if !self.extension_form(&g) {
            return (g, args);
        }
        let MethodGroup {
            cands,
            receiver,
            name,
            type_args,
            ..
        } = g;
        if let Some(r) = receiver {
            args.insert(0, *r);
        }
        let g = MethodGroup {
            cands,
            receiver: None,
            name,
            type_args,
            via_type: true,
        };
        (g, args)
    }

    /// `list.Count()`: the lookup of an invoked member skips the property and finds an
    /// extension method, the program's own (reported where it is declared) or .NET's, which is
    /// outside the library (UA0104). True when reported so.
    pub(crate) fn extension_call(&mut self, receiver: &Ty, callee: &ast::Expr) -> bool {
        let ast::ExprKind::Member { name, .. } = &callee.kind else {
            return false;
        };
        let n = name.name.as_str();
        if self.cx.extension_methods.contains(n) {
            return true;
        }
        let imports = &self.cx.imports;
        let Some(class) =
            crate::bcl_members::imported_extension(receiver, n, &|ns| imports.contains(ns))
        else {
            return false;
        };
        self.cx.outside_library(
            format!("`{class}.{n}` (an extension method on `{receiver}`) is outside unawait's library"),
            name.span,
            format!("unawait's library has no extension methods of `{class}`; write what `{n}` does with a loop"),
        );
        true
    }
}
