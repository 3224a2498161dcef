//! Members, constructors and overloads of .NET types that unawait's library lacks. C#'s
//! "does not contain a definition" (CS1061, CS0117), CS1729 and CS1501 are only true when .NET
//! itself lacks the member; otherwise the program draws UA0104, which names the member, and the
//! expression becomes `Error` so nothing cascades from it.

use std::collections::HashSet;

use unawait_syntax::ast::{self, Item, Member};
use unawait_syntax::{Diagnostic, Span};

use crate::bcl_members::{has_other_overload, real_member, RealMember};
use crate::body::Body;
use crate::builtins::{library, Owner};
use crate::check_call::MethodGroup;
use crate::context::Ctx;
use crate::hir::Callee;
use crate::types::Lib;
use crate::types::Ty;

/// What to do about a name the library does not have on a type.
pub(crate) enum Gap {
    /// Reported (or deliberately silent): the access is `Error`.
    Handled,
    /// Not a member in .NET either: C#'s error stands, with this hint when there is a better one.
    CSharpError(Option<String>),
}

impl Ctx<'_> {
    /// UA0104: a real .NET member, constructor or overload outside unawait's library.
    pub(crate) fn outside_library(&mut self, msg: String, span: Span, hint: String) {
        self.unsupported_count += 1;
        self.diags.push(
            Diagnostic::error("UA0104", msg, span)
                .with_primary("not in unawait's library")
                .with_hint(hint),
        );
    }
}

impl Body<'_, '_> {
    /// `ty.name` (`instance`: on a value, else through the type name) is not in the library.
    pub(crate) fn library_gap(&mut self, ty: &Ty, name: &ast::Ident, instance: bool) -> Gap {
        let n = name.name.as_str();
        // .NET's `ConfiguredCancelableAsyncEnumerable<T>`: only as the source of `await
        // foreach` (check_await_foreach.rs), which reads the calls without making one.
        if matches!(ty, Ty::Lib(Lib::IAsyncEnumerable, _))
            && matches!(n, "WithCancellation" | "ConfigureAwait")
        {
            self.cx.unsupported(
                &format!("`{n}` of an async stream other than as the source of `await foreach` is"),
                name.span,
            );
            return Gap::Handled;
        }
        // An extension method of the program was reported where it is declared.
        if instance && self.cx.extension_methods.contains(n) {
            return Gap::Handled;
        }
        let imports = &self.cx.imports;
        match real_member(ty, n, instance, &|ns| imports.contains(ns)) {
            RealMember::Member => {
                let owner = match ty {
                    Ty::Array(_) => "Array".to_string(),
                    t => t.to_string(),
                };
                self.cx.outside_library(
                    format!("`{owner}.{n}` is outside unawait's library"),
                    name.span,
                    members_hint(ty),
                );
                Gap::Handled
            }
            RealMember::Extension(class) => {
                self.cx.outside_library(
                    format!("`{class}.{n}` (an extension method on `{ty}`) is outside unawait's library"),
                    name.span,
                    format!("unawait's library has no extension methods of `{class}`; write what `{n}` does with a loop"),
                );
                Gap::Handled
            }
            RealMember::NeedsUsing(class, ns) => Gap::CSharpError(Some(format!(
                "`{n}` is an extension method of `{class}`: it needs `using {ns};` (and is outside unawait's library)"
            ))),
            RealMember::No | RealMember::Unknown => Gap::CSharpError(None),
        }
    }

    /// The library type whose method group `g` is (the receiver's type for an instance call),
    /// or `None` for a group of the program's own methods.
    pub(crate) fn library_owner(&self, g: &MethodGroup) -> Option<Ty> {
        let first = g.cands.first()?;
        let Callee::Builtin(b) = first.callee else {
            return None;
        };
        if let Some(r) = &g.receiver {
            return Some(r.ty.clone());
        }
        let b = crate::builtins::library().get(b);
        Some(b.owner_ty.subst(&first.owner_args))
    }

    /// A call of a library method or constructor whose argument count fits none of the library's
    /// overloads: true (and reported as UA0104) when .NET has an overload of that count.
    pub(crate) fn missing_overload(
        &mut self,
        owner: &Ty,
        name: &str,
        n: usize,
        span: Span,
        hint: &str,
    ) -> bool {
        let member = if name == ".ctor" { ".ctor" } else { name };
        if !has_other_overload(owner, member, n) {
            return false;
        }
        let count = if n == 1 {
            "1 argument".to_string()
        } else {
            format!("{n} arguments")
        };
        let what = if name == ".ctor" {
            format!("this constructor of `{owner}` ({count})")
        } else {
            format!("this overload of `{owner}.{name}` ({count})")
        };
        self.cx.outside_library(
            format!("{what} is outside unawait's library"),
            span,
            format!("unawait's library has {hint}"),
        );
        true
    }
}

/// Names of the program's extension methods (static methods whose first parameter is `this`):
/// `s.Truncate()` may call one, so it is no CS1061 even though the receiver's type lacks it.
pub(crate) fn extension_method_names(unit: &ast::CompilationUnit) -> HashSet<String> {
    let mut out = HashSet::new();
    let mut items: Vec<&Item> = unit.items.iter().collect();
    let mut types: Vec<&ast::TypeDecl> = Vec::new();
    while let Some(item) = items.pop() {
        match item {
            Item::Namespace(n) => items.extend(n.items.iter()),
            Item::Type(t) => types.push(t),
            _ => {}
        }
    }
    while let Some(t) = types.pop() {
        for m in &t.members {
            match m {
                Member::Method(md)
                    if md.params.first().is_some_and(|p| {
                        matches!(p.modifier, Some((ast::ParamModifier::This, _)))
                    }) =>
                {
                    out.insert(md.name.name.clone());
                }
                Member::Type(inner) => types.push(inner),
                _ => {}
            }
        }
    }
    out
}

/// Real library members that arrive with Tier 2 (named so the message is "not supported yet"
/// rather than C#'s "does not contain a definition", which would be false for .NET).
pub(crate) fn later_tier_member(ty: &Ty, name: &str) -> Option<String> {
    let owner = match ty {
        Ty::Lib(Lib::Task | Lib::TaskOf, _) => "Task",
        Ty::String => "string",
        Ty::Lib(Lib::List, _) => "List<T>",
        Ty::Array(_) => "arrays",
        _ => return None,
    };
    let later = match owner {
        "Task" => false,
        "string" => name == "Contains",
        _ => matches!(name, "Select" | "Where" | "ToList" | "Sum" | "ToArray"),
    };
    later.then(|| format!("`{name}` on {owner} (Tier 2) is"))
}

/// "`string` has: Length, ToUpper, ..." for CS0117/CS1061.
pub fn members_hint(ty: &Ty) -> String {
    let lib = library();
    let mut names: Vec<&str> = Vec::new();
    let mut cur = Some(ty.clone());
    while let Some(t) = cur {
        if let Some(owner) = Owner::of(&t) {
            for n in lib.member_names(owner) {
                if n != "this[]" && !names.contains(&n.as_str()) {
                    names.push(n);
                }
            }
        }
        cur = t.base();
    }
    if names.is_empty() {
        format!("unawait's library has no members for `{ty}`")
    } else {
        format!(
            "unawait's library has these members for `{ty}`: {}",
            names.join(", ")
        )
    }
}

/// `Math.Round(5)`: .NET's `Round`, `Floor`, `Ceiling` and `Truncate` also take a `decimal`, and
/// an integer converts equally well to both, so C# finds the call ambiguous (CS0121) although the
/// library has only the `double` overload. Returns the `decimal` overload's display.
pub(crate) fn decimal_twin(callee: Callee, args: &[crate::hir::Expr]) -> Option<String> {
    let Callee::Builtin(id) = callee else {
        return None;
    };
    let b = library().get(id);
    let twin = matches!(b.owner, Owner::Lib(Lib::Math))
        && matches!(b.name.as_str(), "Round" | "Floor" | "Ceiling" | "Truncate");
    let integral = matches!(
        args.first()?.ty,
        Ty::Int | Ty::Long | Ty::UInt | Ty::ULong | Ty::Char | Ty::Small(_)
    );
    (twin && integral).then(|| {
        let rest: String = b.params[1..]
            .iter()
            .map(|(_, t)| format!(", {t}"))
            .collect();
        format!("Math.{}(decimal{rest})", b.name)
    })
}

impl Body<'_, '_> {
    /// `Task.Factory.StartNew(.., options)`: the runtime gives the options no effect, which is
    /// .NET's behaviour for all but `AttachedToParent` (a parent task that waits for its child
    /// tasks); so the options must be a constant without it.
    pub(crate) fn check_creation_options(
        &mut self,
        b: crate::builtins::BuiltinId,
        args: &[crate::hir::Expr],
    ) {
        if library().get(b).owner != Owner::Lib(Lib::TaskFactory) {
            return;
        }
        for a in args {
            if !matches!(a.ty, Ty::Lib(Lib::TaskCreationOptions, _)) {
                continue;
            }
            match a.constant().and_then(|c| c.as_i64()) {
                Some(v) if v & 4 == 0 => {}
                Some(_) => self.cx.unsupported(
                    "`TaskCreationOptions.AttachedToParent` (a parent task that waits for its child tasks) is",
                    a.span,
                ),
                None => self.cx.unsupported(
                    "`StartNew` with `TaskCreationOptions` that are not a constant is",
                    a.span,
                ),
            }
        }
    }
}

impl Body<'_, '_> {
    /// `xs.Sum(x => x.Weight)` with a `float` selector: .NET picks `Sum(Func<T, float>)`, whose
    /// result is a `float`; the library has only the `double` one, which the lambda converts to
    /// as well, so binding it would print a `double` with another rounding. UA0104 instead.
    pub(crate) fn float_selector_gap(
        &mut self,
        res: &crate::check_call::Resolution,
        span: Span,
    ) -> bool {
        let Callee::Builtin(b) = res.callee else {
            return false;
        };
        let b = library().get(b);
        if b.owner != Owner::Lib(Lib::IEnumerable)
            || !matches!(b.name.as_str(), "Sum" | "Average" | "Max" | "Min")
        {
            return false;
        }
        let mut float = false;
        for a in &res.args {
            let crate::hir::ExprKind::Lambda(l) = &a.kind else {
                continue;
            };
            crate::filters::stmts(
                &l.body.stmts,
                &mut |s| {
                    if let crate::hir::StmtKind::Return(Some(v)) = &s.kind {
                        if let crate::hir::ExprKind::Convert { expr, .. } = &v.kind {
                            float |= expr.ty == Ty::Float;
                        }
                    }
                },
                &mut |_| {},
            );
        }
        if float {
            self.cx.outside_library(
                format!(
                    "this overload of `Enumerable.{}` (a `float` selector) is outside unawait's library",
                    b.name
                ),
                span,
                "convert the selector's result to `double` (`x => (double)x.Weight`)".to_string(),
            );
        }
        float
    }
}
