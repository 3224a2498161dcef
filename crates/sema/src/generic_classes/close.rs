//! What instantiation needs of generic types once they are declared: naming the instance a
//! substitution's arguments stand for (`Ctx::close`), mapping an open instance's members to
//! another instance's (`map_method`, `map_field`), and the check that code which runs reaches
//! no open class (`check_closed`).

use unawait_syntax::Span;

use super::construct;
use crate::check_call::{MethodGroup, Sig};
use crate::context::Ctx;
use crate::hir::{ClassId, Expr, FieldId, MethodId};
use crate::types::Ty;

/// The member of class `to` declared where `m` is declared in `from` (an instance of the
/// same declaration).
pub(crate) fn map_method(cx: &Ctx<'_>, m: MethodId, to: ClassId) -> Option<MethodId> {
    let method = cx.program.method(m);
    let from = cx.program.class(method.class);
    let at = from.methods.iter().position(|&x| x == m)?;
    let found = *cx.program.class(to).methods.get(at)?;
    (cx.program.method(found).span == method.span).then_some(found)
}

/// The field of class `to` declared where `f` is declared in its class.
pub(crate) fn map_field(cx: &Ctx<'_>, f: FieldId, to: ClassId) -> Option<FieldId> {
    let field = cx.program.field(f);
    let from = cx.program.class(field.class);
    let at = from.fields.iter().position(|&x| x == f)?;
    let found = *cx.program.class(to).fields.get(at)?;
    (cx.program.field(found).span == field.span).then_some(found)
}

impl Ctx<'_> {
    /// `t` with each generic type whose arguments a substitution rewrote (`map_class_args`)
    /// named by its instance, where that exists (`close_mut` makes it).
    pub(crate) fn close(&self, t: &Ty) -> Ty {
        self.close_with(t, &mut |_, _, _| None)
    }

    /// `close`, making the instances that do not exist yet.
    pub(crate) fn close_mut(&mut self, t: &Ty, span: Span) -> Ty {
        let mut wanted: Vec<(ClassId, Vec<Ty>)> = Vec::new();
        self.close_with(t, &mut |_, template, args| {
            wanted.push((template, args.to_vec()));
            None
        });
        for (template, args) in wanted {
            if !args.iter().any(Ty::is_error) && !args.iter().any(Ty::contains_param) {
                construct(self, template, &args, span);
            }
        }
        self.close(t)
    }

    /// `close`, calling `missing` for an instance not made yet.
    fn close_with(
        &self,
        t: &Ty,
        missing: &mut dyn FnMut(&Self, ClassId, &[Ty]) -> Option<Ty>,
    ) -> Ty {
        match t {
            Ty::Array(e) => Ty::Array(Box::new(self.close_with(e, missing))),
            Ty::Lib(l, a) if !a.is_empty() => {
                Ty::Lib(*l, a.iter().map(|x| self.close_with(x, missing)).collect())
            }
            Ty::Class(id, c) => {
                let Some((template, args)) = &c.generic else {
                    return t.clone();
                };
                let args: Vec<Ty> = args.iter().map(|x| self.close_with(x, missing)).collect();
                let own = self.program.class(*id).generic.as_ref();
                if own.is_some_and(|g| g.args == args) {
                    return self.class_ty(*id);
                }
                let params = self.gclasses.templates.get(template).map(|t| &t.params);
                if params.is_some_and(|p| *p == args) {
                    return self.class_ty(*template);
                }
                match self.gclasses.instances.get(&(*template, args.clone())) {
                    Some(&i) => self.class_ty(i),
                    None => missing(self, *template, &args).unwrap_or_else(|| t.clone()),
                }
            }
            _ => t.clone(),
        }
    }
}

/// After instantiation: code that runs must not reach a member of an open class (a template's
/// or an open instance's, which keep no bodies). Where it would, a UA0100 says so rather than
/// the run failing.
pub(crate) fn check_closed(cx: &mut Ctx<'_>) {
    use crate::hir::visit::{self, VisitMut};
    use crate::hir::{Callee, Expr, ExprKind};
    struct Find<'p> {
        program: &'p crate::hir::Program,
        found: Vec<(Span, String, bool)>,
    }
    impl Find<'_> {
        fn method(&mut self, m: MethodId, span: Span) {
            let class = self.program.class(self.program.method(m).class);
            if class.open {
                let nested = class
                    .outer
                    .is_some_and(|o| self.program.class(o).generic.is_some());
                let name = match class.outer {
                    Some(o) if nested => format!("{}.{}", self.program.class(o).name, class.name),
                    _ => class.name.clone(),
                };
                self.found.push((span, name, nested));
            }
        }
    }
    impl VisitMut for Find<'_> {
        fn expr(&mut self, e: &mut Expr) {
            match &e.kind {
                ExprKind::Call {
                    callee: Callee::User(m),
                    ..
                }
                | ExprKind::MethodGroup {
                    method: Callee::User(m),
                    ..
                } => self.method(*m, e.span),
                ExprKind::NewObject { ctor: Some(m), .. } => self.method(*m, e.span),
                _ => {}
            }
        }
    }
    let errors = cx.diags.list.iter().any(|d| d.is_error());
    if errors || (cx.gclasses.templates.is_empty() && cx.gclasses.delegates.is_empty()) {
        return;
    }
    let mut found = Vec::new();
    for m in 0..cx.program.methods.len() {
        let method = &cx.program.methods[m];
        if cx.program.class(method.class).open || !method.type_params.is_empty() {
            continue;
        }
        let Some(mut body) = cx.program.methods[m].body.take() else {
            continue;
        };
        let mut f = Find {
            program: &cx.program,
            found: Vec::new(),
        };
        visit::block(&mut f, &mut body);
        found.extend(f.found);
        cx.program.methods[m].body = Some(body);
    }
    for (span, class, nested) in found {
        let what = match nested {
            // `new Either<L, R2>.Right(r)` in generic code: the arguments are written out, but
            // the nested type of an instance whose arguments are type parameters is not made.
            true => format!("this use of `{class}` (a type nested in a generic type, named with type parameters as the outer type's arguments) is"),
            false => format!("this use of `{class}` (a generic type's member reached without its type arguments) is"),
        };
        cx.unsupported(&what, span);
    }
}

impl crate::body::Body<'_, '_> {
    /// The instances of generic types the signatures of generic candidates name once their
    /// type arguments are inferred (`Box<T>` of `Wrap<T>(T x)` called with an `int`): made
    /// before applicability compares arguments with them.
    pub(crate) fn make_instances(
        &mut self,
        g: &MethodGroup,
        sigs: &[Sig],
        args: &[Expr],
        rows: &[Vec<Option<crate::lambda_overloads::Inferred>>],
        span: Span,
    ) {
        if self.cx.gclasses.templates.is_empty() && self.cx.gclasses.delegates.is_empty() {
            return;
        }
        for (i, (c, s)) in g.cands.iter().zip(sigs).enumerate() {
            let generic = |t: &Ty| matches!(t, Ty::Class(_, r) if r.generic.is_some());
            if s.n_tparams == 0 || !(s.params.iter().any(|p| p.contains_param()) || generic(&s.ret))
            {
                continue;
            }
            let row = rows.get(i).map_or(&[][..], |r| &r[..]);
            for expanded in [false, true] {
                if let Ok(subst) = Self::type_args(c, s, args, &g.type_args, expanded, row) {
                    for p in s.params.iter().chain([&s.ret]) {
                        self.cx.close_mut(&p.subst(&subst), span);
                    }
                }
            }
        }
    }
}
