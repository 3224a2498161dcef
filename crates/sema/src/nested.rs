//! Types nested in .NET's types (`List<int>.Enumerator`, `Environment.SpecialFolder`): real
//! types, so naming one draws UA0103, never C#'s CS0246 ("`List` could not be found") or
//! CS0117. The awaiters the library models as types of their own
//! (`ConfiguredTaskAwaitable<T>.ConfiguredTaskAwaiter`, `YieldAwaitable.YieldAwaiter`) resolve
//! to them.

use unawait_syntax::ast;
use unawait_syntax::Diagnostic;

use crate::bcl::{nested_type, type_display};
use crate::context::Ctx;
use crate::types::{outside_type, Lib, Ty};

/// The library's type for `outer.name`, when the library models that nested type.
fn library_nested(outer: Lib, name: &str) -> Option<Lib> {
    use Lib::*;
    Some(match (outer, name) {
        (ConfiguredTaskAwaitable, "ConfiguredTaskAwaiter") => ConfiguredTaskAwaiter,
        (ConfiguredTaskAwaitableOf, "ConfiguredTaskAwaiter") => ConfiguredTaskAwaiterOf,
        (ConfiguredValueTaskAwaitable, "ConfiguredValueTaskAwaiter") => ConfiguredValueTaskAwaiter,
        (ConfiguredValueTaskAwaitableOf, "ConfiguredValueTaskAwaiter") => {
            ConfiguredValueTaskAwaiterOf
        }
        (YieldAwaitable, "YieldAwaiter") => YieldAwaiter,
        _ => return None,
    })
}

impl Ctx<'_> {
    /// A dotted type name whose qualifier is not a namespace (`List<int>.Enumerator`,
    /// `System.Environment.SpecialFolder`): when it names a type nested in a .NET type, the
    /// type (`Ty::Error` once reported); `None` when the qualifier is no .NET type.
    pub(crate) fn dotnet_nested_type(
        &mut self,
        segs: &[ast::TypeSegment],
        ns: Option<&str>,
    ) -> Option<Ty> {
        let names: Vec<&str> = segs.iter().map(|s| s.name.name.as_str()).collect();
        // The namespace part: `System` in `System.Environment.SpecialFolder`.
        let k = (1..names.len())
            .rev()
            .find(|&i| self.namespace_exists(&names[..i].join(".")))
            .unwrap_or(0);
        if k + 1 >= segs.len() {
            return None;
        }
        let outer = &segs[k];
        let name = names[k];
        let qual = (k > 0).then(|| names[..k].join("."));
        if qual.is_none() && self.lookup_class(name, ns).is_some() {
            return None;
        }
        let lib = Lib::by_name(name, outer.args.len()).or_else(|| Lib::by_name_any_arity(name));
        if let Some(l) = lib.filter(|l| qual.as_deref().is_none_or(|q| q == l.info().namespace)) {
            let info = l.info();
            // Without its `using`, C#'s CS0246 for the outer type is the truth.
            if qual.is_none() && !self.imports.contains(info.namespace) {
                return None;
            }
            if info.tier > 1 {
                self.outside_type_error(name, Some(info.tier), outer.name.span);
                return Some(Ty::Error);
            }
            let inner = &segs[k + 1];
            let args: Vec<Ty> = outer
                .args
                .iter()
                .map(|a| self.resolve_value_type(a, ns))
                .collect();
            if let Some(t) = self.nested_in_lib(l, &args, &inner.name) {
                // Deeper names (`YieldAwaitable.YieldAwaiter.X`) are left unchecked.
                let simple = segs.len() == k + 2 && inner.args.is_empty();
                return Some(if simple { t } else { Ty::Error });
            }
            self.diags.push(
                Diagnostic::error(
                    "CS0426",
                    format!(
                        "The type name '{}' does not exist in the type '{}'",
                        inner.name.name,
                        type_display(name, outer.args.len())
                    ),
                    inner.name.span,
                )
                .with_hint("check the spelling"),
            );
            return Some(Ty::Error);
        }
        if qual
            .as_deref()
            .is_some_and(|q| !crate::bcl::is_dotnet_namespace(q))
        {
            return None;
        }
        let tier = outside_type(name)?;
        // `Dictionary<string, int>.KeyCollection`: the outer type is outside the language,
        // whatever its nested types are.
        self.outside_type_error(name, tier, outer.name.span);
        Some(Ty::Error)
    }

    /// `name` in a library type `l` (`Environment.SpecialFolder` in an expression or a type):
    /// the library's type, or UA0103 (and `Ty::Error`) for a nested type of .NET the library
    /// lacks; `None` when .NET's type has no nested type `name`.
    pub(crate) fn nested_in_lib(&mut self, l: Lib, args: &[Ty], name: &ast::Ident) -> Option<Ty> {
        if let Some(t) = library_nested(l, &name.name) {
            return Some(if args.iter().any(Ty::is_error) {
                Ty::Error
            } else {
                Ty::Lib(t, args.to_vec())
            });
        }
        let shown = nested_type(l.name(), args.len(), &name.name)?;
        self.outside_type_error(&shown, None, name.span);
        Some(Ty::Error)
    }
}
