//! Members of values: `list.Count`, `task.Result`, `s.Length`, the method groups of a receiver,
//! and the library's member lookup through base types (`Task<T>` then `Task` then `object`).

use unawait_syntax::ast;
use unawait_syntax::Span;

use crate::body::Body;
use crate::builtins::{library, MemberKind, Owner};
use crate::check_call::{Cand, MethodGroup};
use crate::check_expr::mk;
use crate::hir::{Callee, Expr, ExprKind};
use crate::lib_gaps::{later_tier_member, members_hint, Gap};
use crate::resolve::Resolved;
use crate::types::{Lib, Ty};

/// The LINQ operators the library has (`IEnumerable<T>`'s members in library.txt).
const LINQ: &[&str] = &[
    "Select",
    "Where",
    "ToList",
    "ToArray",
    "Count",
    "Any",
    "All",
    "First",
    "FirstOrDefault",
    "Sum",
    "Max",
    "Min",
    "Average",
    "SelectMany",
    "Take",
    "Skip",
    "TakeWhile",
    "SkipWhile",
    "Distinct",
    "Reverse",
    "Concat",
    "Zip",
    "OrderBy",
    "OrderByDescending",
    "ThenBy",
    "ThenByDescending",
    "GroupBy",
    "Single",
    "SingleOrDefault",
    "Last",
    "LastOrDefault",
    "Contains",
    "Aggregate",
    "ToDictionary",
    "ToHashSet",
    "Join",
    "GroupJoin",
    "Union",
    "Intersect",
    "Except",
    "Append",
    "Prepend",
    "DefaultIfEmpty",
    "LongCount",
    "ElementAt",
    "ElementAtOrDefault",
    "SequenceEqual",
];

impl Body<'_, '_> {
    pub(crate) fn member_of_value(
        &mut self,
        v: Expr,
        name: &ast::Ident,
        targs: Vec<Ty>,
        span: Span,
    ) -> Resolved {
        let n = name.name.as_str();
        match &v.ty {
            Ty::Error => return Resolved::Value(Expr::error(span)),
            Ty::Void | Ty::Null => {
                self.err(
                    "CS0023",
                    format!(
                        "Operator '.' cannot be applied to operand of type '{}'",
                        v.ty
                    ),
                    v.span,
                    "this expression has no members",
                );
                return Resolved::Value(Expr::error(span));
            }
            _ => {}
        }
        // `f.Invoke(x)` is `f(x)`: the call invokes the delegate.
        if n == "Invoke" && targs.is_empty() && v.ty.delegate_sig().is_some() {
            return Resolved::Value(v);
        }
        if let Ty::Class(id, cname) = &v.ty {
            let (id, cname) = (*id, cname.clone());
            return self.member_of_object(v, id, &cname, name, targs, span);
        }
        if let Ty::Generic(p) = &v.ty {
            let p = p.clone();
            return self.member_of_type_param(v, &p, name, targs, span);
        }
        // An enum's members are static: through a value they are C#'s CS0176.
        if let Ty::Enum(id, e) = &v.ty {
            if self.cx.members[id.0 as usize].contains_key(n) {
                self.err(
                    "CS0176",
                    format!("Member '{}.{n}' cannot be accessed with an instance reference; qualify it with a type name instead", e.name),
                    name.span,
                    &format!("write `{}.{n}`", e.name),
                );
                return Resolved::Value(Expr::error(span));
            }
        }
        // An enum's `HasFlag`, `CompareTo` and `ToString`: an empty group the call recognizes
        // (`enum_library.rs`).
        if v.ty.is_enum() && crate::enum_library::OWN_METHODS.contains(&n) && targs.is_empty() {
            return Resolved::Methods(crate::check_call::MethodGroup {
                cands: Vec::new(),
                receiver: Some(Box::new(v)),
                name: n.to_string(),
                type_args: targs,
                via_type: false,
            });
        }
        let mut found = lookup_members(&v.ty, n);
        // `Sum()` of an `IEnumerable<int?>` skips nulls in .NET; the runtime's numeric
        // aggregates do not know them (the other element types it compares are its own).
        if let Ty::Lib(Lib::IEnumerable | Lib::IOrderedEnumerable, a) = &v.ty {
            if let Some(elem) = a.first().filter(|e| e.nullable_of().is_some()) {
                self.keep_aggregates_of(elem, n, &mut found);
            }
        }
        // LINQ's operators are the library's members of `IEnumerable<T>`, but C# finds them
        // only through `using System.Linq;` (CS1061 without it).
        if LINQ.contains(&n) && !self.cx.imports.contains("System.Linq") {
            found.retain(|c| {
                crate::builtins::library().get(c.callee_builtin()).owner
                    != crate::builtins::Owner::Lib(Lib::IEnumerable)
            });
        }
        // `xs.Select<int, string>(...)`: Enumerable's methods take the source's element type
        // first (`TSource`); the library's members of `IEnumerable<T>` take it from the owner.
        if !targs.is_empty() && self.linq_name(&v.ty, n) {
            let source = targs[0].clone();
            let receiver = if crate::convert::enumerable_elem(&v.ty) == Some(source.clone()) {
                Some(v.clone())
            } else {
                let seq = Ty::Lib(Lib::IEnumerable, vec![source]);
                crate::convert::implicit(&v.ty, &seq)
                    .map(|c| crate::convert::apply(v.clone(), c, &seq))
            };
            if let Some(g) = receiver.and_then(|r| self.linq_group(r, n)) {
                return Resolved::Methods(MethodGroup {
                    type_args: targs[1..].to_vec(),
                    ..g
                });
            }
        }
        if found.is_empty() && self.linq_name(&v.ty, n) {
            if let Some(g) = self.linq_group(v.clone(), n) {
                return Resolved::Methods(MethodGroup {
                    type_args: targs,
                    ..g
                });
            }
        }
        if found.is_empty() && n == "Unwrap" && self.unwrap_applies(&v.ty) {
            return Resolved::Methods(MethodGroup {
                cands: lookup_members(&Ty::Lib(Lib::TaskExtensions, Vec::new()), n),
                receiver: Some(Box::new(v)),
                name: n.to_string(),
                type_args: targs,
                via_type: false,
            });
        }
        if found.is_empty() && self.cx.extension_targets.contains_key(n) {
            if let Some(g) = self.extension_group(v, n, targs) {
                return Resolved::Methods(g);
            }
            return Resolved::Value(Expr::error(span));
        }
        let Some(first) = found.first() else {
            if n == "Unwrap" && self.unwrap_misapplied(&v.ty, name.span) {
                return Resolved::Value(Expr::error(span));
            }
            if n.starts_with("ThenBy") && self.then_by_misapplied(&v.ty, n, name.span) {
                return Resolved::Value(Expr::error(span));
            }
            if let Some(what) = later_tier_member(&v.ty, n) {
                self.cx.unsupported(&what, name.span);
                return Resolved::Value(Expr::error(span));
            }
            let t = &v.ty;
            let hint = match self.library_gap(t, name, true) {
                Gap::Handled => return Resolved::Value(Expr::error(span)),
                Gap::CSharpError(hint) => hint.unwrap_or_else(|| members_hint(t)),
            };
            self.err(
                "CS1061",
                format!("'{t}' does not contain a definition for '{n}' and no accessible extension method '{n}' accepting a first argument of type '{t}' could be found (are you missing a using directive or an assembly reference?)"),
                name.span,
                &hint,
            );
            return Resolved::Value(Expr::error(span));
        };
        let lib = library();
        let b = lib.get(first.callee_builtin());
        match &b.kind {
            MemberKind::Method => Resolved::Methods(MethodGroup {
                cands: found,
                receiver: Some(Box::new(v)),
                name: n.to_string(),
                type_args: targs,
                via_type: false,
            }),
            MemberKind::Property { .. } if !b.is_static => {
                let member = first.callee_builtin();
                let ty = b.ret.subst(&first.owner_args);
                Resolved::Value(mk(
                    ExprKind::Property {
                        receiver: Some(Box::new(v)),
                        member,
                        type_args: first.owner_args.clone(),
                    },
                    ty,
                    span,
                ))
            }
            _ => {
                self.err(
                    "CS0176",
                    format!("Member '{}' cannot be accessed with an instance reference; qualify it with a type name instead", b.display(&[])),
                    name.span,
                    &format!("write `{}.{n}`", b.owner_ty),
                );
                Resolved::Value(Expr::error(span))
            }
        }
    }
}

/// Library members named `name` on `ty` and its base types, most derived first.
pub fn lookup_members(ty: &Ty, name: &str) -> Vec<Cand> {
    let mut out = Vec::new();
    walk_members(ty, name, |c| {
        out.push(c);
        false
    });
    out
}

/// The first of `lookup_members(ty, name)` that `wanted` accepts, without looking further up
/// the base types once it is found (an await looks up three members of its awaiter).
pub fn first_member(ty: &Ty, name: &str, mut wanted: impl FnMut(&Cand) -> bool) -> Option<Cand> {
    let mut found = None;
    walk_members(ty, name, |c| {
        if wanted(&c) {
            found = Some(c);
            return true;
        }
        false
    });
    found
}

/// Calls `on` with each of `lookup_members(ty, name)` in order until it returns true.
fn walk_members(ty: &Ty, name: &str, mut on: impl FnMut(Cand) -> bool) {
    let lib = library();
    // The type itself is borrowed; only its bases are made.
    let mut cur = std::borrow::Cow::Borrowed(ty);
    let mut level = 0;
    loop {
        let ids = Owner::of(&cur).map_or(&[][..], |owner| lib.lookup(owner, name));
        if !ids.is_empty() {
            let args = match &*cur {
                Ty::Lib(_, a) => a.clone(),
                Ty::Array(e) => vec![(**e).clone()],
                _ => Vec::new(),
            };
            for &id in ids {
                let cand = Cand {
                    callee: Callee::Builtin(id),
                    owner_args: args.clone(),
                    level,
                };
                if on(cand) {
                    return;
                }
            }
        }
        // `Task<TResult>.Factory` (a `TaskFactory<TResult>`, outside the library) hides
        // `Task.Factory`.
        if name == "Factory" && matches!(&*cur, Ty::Lib(Lib::TaskOf, _)) {
            return;
        }
        match cur.base() {
            Some(b) => cur = std::borrow::Cow::Owned(b),
            None => return,
        }
        level += 1;
    }
}

impl Body<'_, '_> {
    /// `name` is one of LINQ's operators the library has, in scope (`using System.Linq;`),
    /// on a receiver of type `ty` that is enumerable.
    pub(crate) fn linq_name(&self, ty: &Ty, name: &str) -> bool {
        LINQ.contains(&name)
            && self.cx.imports.contains("System.Linq")
            && crate::convert::enumerable_elem(ty).is_some()
    }

    /// `TaskExtensions.Unwrap` applies to `ty`: a `Task<Task>` or `Task<Task<T>>`, with
    /// `using System.Threading.Tasks;` (C# finds no `Unwrap` on any other `Task<T>`).
    fn unwrap_applies(&self, ty: &Ty) -> bool {
        matches!(ty, Ty::Lib(Lib::TaskOf, a) if matches!(a.first(), Some(Ty::Lib(Lib::Task | Lib::TaskOf, _))))
            && self.cx.imports.contains("System.Threading.Tasks")
    }

    /// `Unwrap` on a task of another type, with `TaskExtensions` in scope: C#'s CS1929 (the
    /// extension method exists, its receiver type does not fit). True when reported.
    fn unwrap_misapplied(&mut self, ty: &Ty, span: Span) -> bool {
        if !matches!(ty, Ty::Lib(Lib::Task | Lib::TaskOf, _))
            || !self.cx.imports.contains("System.Threading.Tasks")
        {
            return false;
        }
        self.err(
            "CS1929",
            format!("'{ty}' does not contain a definition for 'Unwrap' and the best extension method overload 'TaskExtensions.Unwrap(Task<Task>)' requires a receiver of type 'Task<Task>'"),
            span,
            "`Unwrap()` is for a `Task<Task>` or `Task<Task<T>>` (a task whose result is a task): await this task itself",
        );
        true
    }

    /// `ThenBy`/`ThenByDescending` on a sequence that is not an `IOrderedEnumerable<T>`, with
    /// `System.Linq` in scope: C#'s CS1929 (the extension method exists, its receiver type does
    /// not fit). True when reported.
    fn then_by_misapplied(&mut self, ty: &Ty, n: &str, span: Span) -> bool {
        if !(n == "ThenBy" || n == "ThenByDescending") || !self.linq_name(ty, n) {
            return false;
        }
        let Some(elem) = crate::convert::enumerable_elem(ty) else {
            return false;
        };
        self.err(
            "CS1929",
            format!("'{ty}' does not contain a definition for '{n}' and the best extension method overload 'Enumerable.{n}<{elem}, TKey>(IOrderedEnumerable<{elem}>, Func<{elem}, TKey>)' requires a receiver of type 'System.Linq.IOrderedEnumerable<{elem}>'"),
            span,
            "`ThenBy` refines an `OrderBy`: write `OrderBy` first",
        );
        true
    }

    /// `callee` (`x.Count`) names a LINQ operator that an invocation reaches past a property.
    pub(crate) fn linq_applies(&self, ty: &Ty, callee: &ast::Expr) -> bool {
        matches!(&callee.kind, ast::ExprKind::Member { name, .. } if self.linq_name(ty, &name.name))
    }

    /// `Sum()` and `Average()` exist for sequences of numbers only; `Max()` and `Min()` also
    /// compare strings (null skipped, as .NET's), `char`s and objects of classes implementing
    /// `IComparable<T>` of themselves by `Comparer<T>.Default` (the runtime's aggregates.rs):
    /// for other elements (`int?` among them) the parameterless ones leave `found`.
    fn keep_aggregates_of(&self, elem: &Ty, n: &str, found: &mut Vec<Cand>) {
        let numeric = matches!(elem, Ty::Int | Ty::Long | Ty::Double);
        let ordered_elem = match elem {
            Ty::String | Ty::Char => true,
            Ty::Class(id, _) => {
                !elem.is_struct() && self.cx.program.class(*id).comparable.is_some()
            }
            _ => false,
        };
        let compared = ordered_elem && matches!(n, "Max" | "Min");
        if !numeric && !compared && matches!(n, "Sum" | "Max" | "Min" | "Average") {
            found.retain(|c| !library().get(c.callee_builtin()).params.is_empty());
        }
    }

    /// `Enumerable`'s extension methods named `n` on receiver `v`, as members of
    /// `IEnumerable<T>` with the receiver converted to it.
    pub(crate) fn linq_group(&mut self, v: Expr, n: &str) -> Option<MethodGroup> {
        let elem = crate::convert::enumerable_elem(&v.ty)?;
        // `ThenBy` refines an `OrderBy`: a member of `IOrderedEnumerable<T>` only.
        let ordered = matches!(v.ty, Ty::Lib(Lib::IOrderedEnumerable, _));
        if n.starts_with("ThenBy") && !ordered {
            return None;
        }
        let seq = Ty::Lib(
            if n.starts_with("ThenBy") {
                Lib::IOrderedEnumerable
            } else {
                Lib::IEnumerable
            },
            vec![elem.clone()],
        );
        let mut found = lookup_members(&seq, n);
        self.keep_aggregates_of(&elem, n, &mut found);
        if found.is_empty() {
            return None;
        }
        let v = if v.ty != seq {
            let c = crate::convert::implicit(&v.ty, &seq).flatten();
            crate::convert::apply(v, c, &seq)
        } else {
            v
        };
        Some(MethodGroup {
            cands: found,
            receiver: Some(Box::new(v)),
            name: n.to_string(),
            type_args: Vec::new(),
            via_type: false,
        })
    }
}
