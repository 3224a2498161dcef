//! Instantiation: each generic method of the program becomes one ordinary method per list of
//! type arguments the program calls it with (`Program.Id<int>`), a copy of its checked body
//! with the arguments in place of its type parameters. Calls then name the copies, and the
//! generic declarations keep no body: closure conversion, lowering, the facts and the JIT see
//! only ordinary methods.
//!
//! The body was checked against the type parameters, so binding (overloads, members found
//! through constraints) is C#'s; only what depends on the argument is redone here: a
//! conversion from or to a type parameter becomes boxing, unboxing, a reference conversion
//! or nothing, and `default(T)` becomes the argument's default.

use std::collections::HashMap;

use crate::constants::ConstValue;
use crate::context::Ctx;
use crate::generics::Subst;
use crate::hir::visit::{self, VisitMut};
use crate::hir::*;
use crate::types::Ty;

mod hidden;

/// Beyond this many instantiations the program instantiates without end (`F<T>` calling
/// `F<List<T>>`): reported instead of followed.
const MAX_INSTANCES: usize = 2_000;

pub(crate) fn instantiate(cx: &mut Ctx<'_>) {
    crate::local_generics::expand(cx);
    let no_templates = cx.method_generics.is_empty() && cx.gclasses.templates.is_empty();
    if no_templates || cx.diags.list.iter().any(|d| d.is_error()) {
        drop_open_bodies(cx);
        return;
    }
    let mut made = Made::default();
    for m in 0..cx.program.methods.len() {
        let id = MethodId(m as u32);
        if cx.method_generics.contains_key(&id) {
            continue;
        }
        if let Some(from) = crate::instantiate_class::copy_source(cx, id) {
            crate::instantiate_class::copy(cx, &mut made, id, from);
            continue;
        }
        // Without generic methods, only the copies above have calls to name.
        if cx.method_generics.is_empty() {
            continue;
        }
        if let Some(mut body) = cx.program.methods[m].body.take() {
            Rewrite::new(cx, &mut made, None, Vec::new()).block(&mut body);
            cx.program.methods[m].body = Some(body);
        }
    }
    for f in 0..cx.program.fields.len() {
        if let Some(mut init) = cx.program.fields[f].init.take() {
            let mut r = Rewrite::new(cx, &mut made, None, Vec::new());
            visit::expr(&mut r, &mut init);
            cx.program.fields[f].init = Some(init);
        }
    }
    // Templates whose callers are all instantiated have every instance they will have: the
    // last one takes the template's body instead of a copy (generic types' instances made
    // meanwhile could call any template, and interface methods reach implementations: with
    // either, every instance copies).
    // Generic methods of interfaces and virtual ones reach implementations and overrides no
    // call names (made at the end).
    let dispatched = cx.method_generics.keys().any(|&m| {
        let method = cx.program.method(m);
        method.virt != Virt::None || cx.program.class(method.class).kind == ClassKind::Interface
    });
    if cx.gclasses.templates.is_empty() && cx.gclasses.delegates.is_empty() && !dispatched {
        for template in crate::instantiate_order::callers_first(cx) {
            while let Some((args, id)) = made.pending_of(template) {
                let last = !made.queue.iter().any(|q| q.0 == template);
                if made.by_args.len() > MAX_INSTANCES {
                    break;
                }
                build(cx, &mut made, template, args, id, last);
            }
        }
    }
    loop {
        // Instances of generic types made by an instantiation have their bodies checked
        // then: their calls of generic methods are named here too.
        if let Some(m) = cx.gclasses.late_methods.pop() {
            crate::local_generics::expand_late(cx, m);
            if let Some(from) = crate::instantiate_class::copy_source(cx, m) {
                crate::instantiate_class::copy(cx, &mut made, m, from);
                continue;
            }
            if let Some(mut body) = cx.program.methods[m.0 as usize].body.take() {
                Rewrite::new(cx, &mut made, None, Vec::new()).block(&mut body);
                cx.program.methods[m.0 as usize].body = Some(body);
            }
            continue;
        }
        let Some((template, args, id)) = made.queue.pop() else {
            // Every class made by now (generic types' instances too) runs its own instance of
            // each interface method instance it implements: those still missing are made.
            if crate::instantiate_dispatch::implementations(cx, &mut made) {
                continue;
            }
            break;
        };
        if made.by_args.len() > MAX_INSTANCES {
            let span = cx.program.method(template).name_span;
            cx.unsupported(
                "a generic method instantiated with ever larger type arguments is",
                span,
            );
            return;
        }
        build(cx, &mut made, template, args, id, false);
    }
    crate::instantiate_dispatch::install(cx, &mut made);
    drop_open_bodies(cx);
    // The declarations stay (for their signatures) without bodies: nothing lowers them.
    let generic: Vec<MethodId> = cx.method_generics.keys().copied().collect();
    for m in generic {
        cx.program.methods[m.0 as usize].body = None;
    }
    cx.lambda_methods
        .retain(|m| !cx.method_generics.contains_key(m));
}

/// `body` (of a method whose locals have `locals`' types) with `subst`'s arguments in, and its
/// calls of generic methods naming their instances.
pub(crate) fn rewrite_block(
    cx: &mut Ctx<'_>,
    made: &mut Made,
    subst: &Subst,
    locals: Vec<Ty>,
    body: &mut Block,
) {
    Rewrite::new(cx, made, Some(subst), locals).block(body);
}

/// `e` (a generic local function's lambda, local_generics.rs) with `subst`'s arguments in; its
/// calls of generic methods keep their type arguments, which instantiation names later.
pub(crate) fn substitute_expr(
    cx: &mut Ctx<'_>,
    made: &mut Made,
    subst: &Subst,
    locals: Vec<Ty>,
    e: &mut Expr,
) {
    let mut r = Rewrite::new(cx, made, Some(subst), locals);
    r.name_instances = false;
    visit::expr(&mut r, e);
}

/// The methods of generic types' templates and open instances keep no bodies: only their
/// instances run (generic_classes.rs).
fn drop_open_bodies(cx: &mut Ctx<'_>) {
    let open: std::collections::HashSet<MethodId> = (0..cx.program.methods.len())
        .map(|m| MethodId(m as u32))
        .filter(|&m| cx.program.class(cx.program.method(m).class).open)
        .collect();
    for &m in &open {
        cx.program.methods[m.0 as usize].body = None;
    }
    cx.lambda_methods.retain(|m| !open.contains(m));
}

#[derive(Default)]
pub(crate) struct Made {
    /// Where a type argument met what unawait does not do with it (reported once).
    pub(crate) reported_gaps: std::collections::HashSet<(u32, u32)>,
    pub(crate) by_args: HashMap<(MethodId, Vec<Ty>), MethodId>,
    /// Instances whose bodies are still to be made: the template, its arguments, the id.
    pub(crate) queue: Vec<(MethodId, Vec<Ty>, MethodId)>,
    /// Per class: an instance of an interface's generic method and the class's instance of
    /// its implementation.
    pub(crate) itable_entries: Vec<(ClassId, MethodId, MethodId)>,
    /// The (class, interface method instance) pairs `itable_entries` has looked at.
    pub(crate) itable_done: std::collections::HashSet<(ClassId, MethodId)>,
    /// Per substitution (its owner and arguments), what it made of open types and of open
    /// classes: bodies of one instantiation name the same ones many times.
    pub(crate) substituted: HashMap<(u32, Vec<Ty>), Substituted>,
    /// Each instance of a generic virtual method and its slot (given once all are built).
    pub(crate) vslots: HashMap<MethodId, u32>,
    /// The (class, slot) pairs whose vtable entry has been filled.
    pub(crate) vtable_done: std::collections::HashSet<(ClassId, u32)>,
    /// Generic types' instance methods given their template's body (`instantiate_class`).
    pub(crate) copied: std::collections::HashSet<MethodId>,
}

/// What one substitution made of an open type, and of an open class whose members a body
/// names (its instance for the arguments, if there is one).
#[derive(Default)]
pub(crate) struct Substituted {
    types: HashMap<Ty, Ty>,
    classes: HashMap<ClassId, Option<ClassId>>,
}

impl Made {
    /// An instance of `template` still to be made, taken off the queue.
    fn pending_of(&mut self, template: MethodId) -> Option<(Vec<Ty>, MethodId)> {
        let i = self.queue.iter().position(|q| q.0 == template)?;
        let (_, args, id) = self.queue.swap_remove(i);
        Some((args, id))
    }
}

/// The instance of `template` for `args`, made (without a body yet) on first use.
pub(crate) fn instance(
    cx: &mut Ctx<'_>,
    made: &mut Made,
    template: MethodId,
    args: Vec<Ty>,
) -> MethodId {
    if let Some(&id) = made.by_args.get(&(template, args.clone())) {
        return id;
    }
    let t = cx.program.method(template);
    let shown: Vec<String> = args.iter().map(|a| a.to_string()).collect();
    let mut m = Method::new(
        t.class,
        format!("{}<{}>", t.name, shown.join(", ")),
        t.kind,
        t.span,
    );
    m.name_span = t.name_span;
    let private = cx.method_private[template.0 as usize];
    let id = crate::check_members::push_method(cx, m.class, m, None, private);
    made.by_args.insert((template, args.clone()), id);
    cx.program.instance_of.insert(id, template);
    made.queue.push((template, args, id));
    id
}

/// Gives instance `id` of `template` its signature and body, with `args` in; with `last`, the
/// template's body itself (no other instance of it will be made).
fn build(
    cx: &mut Ctx<'_>,
    made: &mut Made,
    template: MethodId,
    args: Vec<Ty>,
    id: MethodId,
    last: bool,
) {
    let owner = match cx.method_generics.get(&template).and_then(|g| g.first()) {
        Some(Ty::Generic(p)) => p.owner,
        _ => return,
    };
    let subst = Subst { owner, args };
    // The arguments in, and `Box<T>` named by its instance `Box<int>`.
    let taken = if last {
        cx.program.methods[template.0 as usize].body.take()
    } else {
        None
    };
    let mut m = cx.program.method(template).clone();
    if taken.is_some() {
        m.body = taken;
    }
    let name = cx.program.method(id).name.clone();
    let mut inst = |ty: &Ty| {
        let t = ty.instantiate(&subst);
        match t.names_generic_type() {
            true => cx.close_mut(&t, unawait_syntax::Span::default()),
            false => t,
        }
    };
    let class = m.class;
    m.param_types = m.param_types.iter().map(&mut inst).collect();
    m.return_type = inst(&m.return_type);
    m.async_kind = async_kind(&m.async_kind, &mut inst);
    m.iterator = m.iterator.as_ref().map(&mut inst);
    for l in &mut m.locals {
        l.ty = inst(&l.ty);
    }
    m.name = name;
    m.type_params = Vec::new();
    let mut body = m.body.take();
    if let Some(b) = &mut body {
        let locals = m.locals.iter().map(|l| l.ty.clone()).collect();
        Rewrite::new(cx, made, Some(&subst), locals).block(b);
        (m.expr_count, m.stmt_count) = crate::ids::number(b);
    }
    m.body = body;
    recheck(cx, &subst, class);
    if let Some(u) = cx.user_params.get(&template).cloned() {
        cx.user_params.insert(id, u);
    }
    // `[EnumeratorCancellation]`: the instance's token parameter is the template's.
    if let Some(&i) = cx.program.enumerator_cancellation.get(&template) {
        cx.program.enumerator_cancellation.insert(id, i);
    }
    if cx.lambda_methods.contains(&template) {
        cx.lambda_methods.push(id);
    }
    cx.program.methods[id.0 as usize] = m;
}

/// The comparisons the template's body left to its type arguments (`Deferred`), with this
/// instantiation's: each reports at most once.
pub(crate) fn recheck(cx: &mut Ctx<'_>, subst: &Subst, class: ClassId) {
    let checks: Vec<crate::generics::Deferred> = std::mem::take(&mut cx.deferred_checks);
    let mut kept = Vec::with_capacity(checks.len());
    for d in checks {
        let ty = d.ty.instantiate(subst);
        if ty.is_open() || ty == d.ty {
            kept.push(d);
            continue;
        }
        let before = cx.unsupported_count;
        let func = crate::initializer_fn(String::new(), false);
        let mut b = crate::body::Body::new(cx, class, func, Vec::new());
        if d.ordering {
            b.check_sortable(&d.what, Some(&ty), d.span);
        } else {
            b.check_equality(&ty, &d.what, d.span);
        }
        drop(b);
        // Reported once: later instantiations need not say it again.
        if cx.unsupported_count == before {
            kept.push(d);
        }
    }
    kept.extend(std::mem::take(&mut cx.deferred_checks));
    cx.deferred_checks = kept;
}

pub(crate) fn async_kind(k: &AsyncKind, i: &mut dyn FnMut(&Ty) -> Ty) -> AsyncKind {
    match k {
        AsyncKind::TaskOf(t) => AsyncKind::TaskOf(i(t)),
        AsyncKind::ValueTaskOf(t) => AsyncKind::ValueTaskOf(i(t)),
        AsyncKind::AsyncEnumerable(t) => AsyncKind::AsyncEnumerable(i(t)),
        AsyncKind::AsyncEnumerator(t) => AsyncKind::AsyncEnumerator(i(t)),
        other => other.clone(),
    }
}

/// The walk over one body: in an instance, the types with the arguments in; everywhere,
/// calls of generic methods naming their instances.
struct Rewrite<'a, 'c, 'p> {
    cx: &'a mut Ctx<'c>,
    made: &'a mut Made,
    subst: Option<&'p Subst>,
    /// The instance's locals' types (arguments in).
    locals: Vec<Ty>,
    /// `made.substituted`'s entry for `subst`, held while the walk runs.
    cache: Substituted,
    /// Calls of generic methods name their instances (else they keep their type arguments).
    name_instances: bool,
}

impl<'a, 'c, 'p> Rewrite<'a, 'c, 'p> {
    fn new(
        cx: &'a mut Ctx<'c>,
        made: &'a mut Made,
        subst: Option<&'p Subst>,
        locals: Vec<Ty>,
    ) -> Self {
        let cache = subst
            .and_then(|s| made.substituted.remove(&(s.owner, s.args.clone())))
            .unwrap_or_default();
        Rewrite {
            cx,
            made,
            subst,
            locals,
            cache,
            name_instances: true,
        }
    }

    /// `body` walked, the substitution's cache kept for the next body.
    fn block(mut self, body: &mut Block) {
        visit::block(&mut self, body);
        if let Some(s) = self.subst {
            let cache = std::mem::take(&mut self.cache);
            self.made
                .substituted
                .insert((s.owner, s.args.clone()), cache);
        }
    }
}

impl Rewrite<'_, '_, '_> {
    fn ty(&mut self, t: &mut Ty) {
        if let Some(s) = self.subst {
            if t.is_open() {
                if let Some(done) = self.cache.types.get(t) {
                    *t = done.clone();
                    return;
                }
                let mut made = t.instantiate(s);
                // `Box<T>` is now `Box<int>`: its instance's class.
                if made.names_generic_type() {
                    made = self.cx.close_mut(&made, unawait_syntax::Span::default());
                }
                let open = std::mem::replace(t, made);
                self.cache.types.insert(open, t.clone());
            }
        }
    }

    fn tys(&mut self, ts: &mut [Ty]) {
        ts.iter_mut().for_each(|t| self.ty(t));
    }

    /// The instance class `c` (an instance of a generic type naming the method's type
    /// parameters) stands for with the arguments in.
    fn member_class(&mut self, c: ClassId) -> Option<ClassId> {
        let s = self.subst?;
        if !self.cx.program.class(c).open {
            return None;
        }
        if let Some(&done) = self.cache.classes.get(&c) {
            return done;
        }
        let t = self.cx.class_ty(c).instantiate(s);
        let found = match self.cx.close_mut(&t, unawait_syntax::Span::default()) {
            Ty::Class(id, _) if id != c => Some(id),
            _ => None,
        };
        self.cache.classes.insert(c, found);
        found
    }

    fn method(&mut self, m: &mut MethodId) {
        let class = self.cx.program.method(*m).class;
        if let Some(to) = self.member_class(class) {
            if let Some(found) = crate::generic_classes::map_method(self.cx, *m, to) {
                *m = found;
            }
        }
    }

    fn field(&mut self, f: &mut FieldId) {
        let class = self.cx.program.field(*f).class;
        if let Some(to) = self.member_class(class) {
            if let Some(found) = crate::generic_classes::map_field(self.cx, *f, to) {
                *f = found;
            }
        }
    }

    fn callee(&mut self, c: &mut Callee) {
        if let Callee::User(m) = c {
            self.method(m);
        }
    }

    /// The members an instance's body names in generic types of its type parameters, named
    /// in their instances for its arguments.
    fn members(&mut self, e: &mut Expr) {
        match &mut e.kind {
            ExprKind::StaticField(f) | ExprKind::InstanceField { field: f, .. } => self.field(f),
            ExprKind::NewObject {
                class, ctor, init, ..
            } => {
                if let Some(to) = self.member_class(*class) {
                    *class = to;
                }
                if let Some(c) = ctor {
                    self.method(c);
                }
                for i in init {
                    match &mut i.target {
                        InitTarget::Field(f) => self.field(f),
                        InitTarget::Setter(m) => self.method(m),
                    }
                }
            }
            ExprKind::Assign { target, .. }
            | ExprKind::CompoundAssign { target, .. }
            | ExprKind::IncDec { target, .. } => match target {
                Place::StaticField(f) | Place::InstanceField { field: f, .. } => self.field(f),
                Place::Property { getter, setter, .. } => {
                    self.method(getter);
                    self.method(setter);
                }
                _ => {}
            },
            ExprKind::Await { info, .. } => {
                self.callee(&mut info.get_awaiter);
                self.callee(&mut info.is_completed);
                self.callee(&mut info.get_result);
            }
            _ => {}
        }
    }
}

impl Rewrite<'_, '_, '_> {
    /// What the checks of a body refuse for a struct of the program (library members that
    /// would change copies of it) met again through a type argument:
    /// the same UA0100, at the place in the generic method.
    fn struct_gap(&mut self, e: &Expr) {
        let what = match &e.kind {
            ExprKind::Call {
                callee: Callee::Builtin(b),
                args,
                type_args,
                ..
            } if type_args.iter().any(Ty::is_struct) => {
                let b = crate::builtins::library().get(*b);
                if crate::structs::struct_safe_member(b, type_args)
                    || crate::structs::struct_safe_call(b, args, false)
                {
                    return;
                }
                format!(
                    "`{}` with a struct type argument (here through a generic method's type argument) is",
                    b.display(type_args)
                )
            }
            _ => return,
        };
        if self.made.reported_gaps.insert((e.span.start, e.span.end)) {
            self.cx.unsupported(&what, e.span);
        }
    }

    /// A call through an interface constraint on a struct argument (`c.Inc()` with `T : ICounter`
    /// and `T` a struct): C# calls the struct's own method on the variable (a constrained
    /// call), so its changes stay in it; through the box the placeholder conversion made
    /// they would be lost.
    fn constrained_struct_call(&self, e: &mut Expr) {
        let span = e.span;
        let ExprKind::Call {
            callee: Callee::User(m),
            receiver: Some(r),
            ..
        } = &mut e.kind
        else {
            return;
        };
        if let Some([own]) = self.struct_own(r, &[*m]) {
            *m = own;
            unbox(r, span);
        }
    }

    /// `c.V = x` through an interface constraint on a struct argument: the struct's own
    /// accessors on the variable, as `constrained_struct_call`.
    fn constrained_struct_property(&self, target: &mut Place, span: unawait_syntax::Span) {
        let Place::Property {
            receiver: Some(r),
            getter,
            setter,
            ..
        } = target
        else {
            return;
        };
        if let Some([g, s]) = self.struct_own(r, &[*getter, *setter]) {
            (*getter, *setter) = (g, s);
            unbox(r, span);
        }
    }

    /// The struct's own implementations of interface methods `ms`, when `r` is a struct of
    /// the program boxed for a call through its interface.
    fn struct_own<const N: usize>(&self, r: &Expr, ms: &[MethodId; N]) -> Option<[MethodId; N]> {
        let ExprKind::Convert {
            conversion: Conversion::Boxing,
            expr: inner,
        } = &r.kind
        else {
            return None;
        };
        let Ty::Class(class, c) = &inner.ty else {
            return None;
        };
        if !c.is_struct {
            return None;
        }
        let itable = &self.cx.program.class(*class).itable;
        let own = |m: MethodId| itable.iter().find(|(i, _)| *i == m).map(|&(_, o)| o);
        let found: Vec<MethodId> = ms.iter().filter_map(|&m| own(m)).collect();
        found.try_into().ok()
    }
}

/// `Convert { Boxing, x }` becomes `x`.
fn unbox(r: &mut Expr, span: unawait_syntax::Span) {
    if let ExprKind::Convert { expr, .. } = &mut r.kind {
        let inner = std::mem::replace(&mut **expr, Expr::error(span));
        *r = inner;
    }
}

/// `CompareTo(T)`/`Equals(T)` of a class or struct of the program (`pick` chooses which).
fn class_member(
    program: &Program,
    t: &Ty,
    pick: impl Fn(&Class) -> Option<MethodId>,
) -> Option<MethodId> {
    match t {
        Ty::Class(id, _) => pick(program.class(*id)),
        _ => None,
    }
}

impl VisitMut for Rewrite<'_, '_, '_> {
    fn stmt(&mut self, s: &mut Stmt) {
        if let StmtKind::Foreach {
            elem_ty,
            conversion,
            local,
            ..
        } = &mut s.kind
        {
            if self.subst.is_some() {
                self.ty(elem_ty);
                // The element's conversion to the variable's type, as for `Convert` below.
                let var = self.locals.get(local.0 as usize);
                if let (Some(var), Some(c)) = (var, *conversion) {
                    if placeholder(c) {
                        *conversion = crate::convert::explicit(elem_ty, var).flatten();
                    }
                }
            }
        }
    }

    fn catch(&mut self, c: &mut CatchClause) {
        self.ty(&mut c.ty);
    }

    fn lambda(&mut self, l: &mut Lambda) {
        self.ty(&mut l.return_type);
        if let Some(s) = self.subst {
            let cx = &mut *self.cx;
            let mut i = |t: &Ty| cx.close_mut(&t.instantiate(s), unawait_syntax::Span::default());
            l.async_kind = async_kind(&l.async_kind, &mut i);
        }
    }

    fn expr(&mut self, e: &mut Expr) {
        // Only an instance's body has open types: the others are walked for their calls.
        let was_open = self.subst.is_some() && e.ty.is_open();
        let open_args = self.subst.is_some()
            && matches!(&e.kind, ExprKind::Call { type_args, .. } if type_args.iter().any(Ty::is_open));
        self.ty(&mut e.ty);
        if was_open || open_args {
            self.struct_gap(e);
        }
        if self.subst.is_some() {
            self.members(e);
        }
        match &mut e.kind {
            ExprKind::Call {
                callee, type_args, ..
            } => {
                self.tys(type_args);
                if self.subst.is_some() {
                    if let Callee::User(m) = callee {
                        self.method(m);
                    }
                }
                match *callee {
                    Callee::User(m) => {
                        if self.cx.method_generics.contains_key(&m) && !type_args.is_empty() {
                            // A generic local function's method never runs: local_generics.rs
                            // names its copies (a field initializer's HIR, checked again in
                            // the constructors, keeps it).
                            if !self.name_instances || self.cx.local_generic_fns.contains_key(&m) {
                                return;
                            }
                            let args = std::mem::take(type_args);
                            *callee = Callee::User(instance(self.cx, self.made, m, args));
                        } else if self.subst.is_some() {
                            self.constrained_struct_call(e);
                        }
                    }
                    Callee::Builtin(b) if self.subst.is_some() => {
                        let name = crate::builtins::library().get(b).name.as_str();
                        if let Some(bound) = self.bind_hidden(name, e) {
                            *e = bound;
                        }
                    }
                    Callee::Builtin(_) => {}
                }
            }
            ExprKind::MethodGroup {
                method, type_args, ..
            } => {
                self.tys(type_args);
                if self.subst.is_some() {
                    if let Callee::User(m) = method {
                        self.method(m);
                    }
                }
                if let Callee::User(m) = *method {
                    if self.cx.method_generics.contains_key(&m)
                        && !type_args.is_empty()
                        && self.name_instances
                        && !self.cx.local_generic_fns.contains_key(&m)
                    {
                        let args = std::mem::take(type_args);
                        *method = Callee::User(instance(self.cx, self.made, m, args));
                    }
                }
            }
            ExprKind::Property { type_args, .. } | ExprKind::New { type_args, .. } => {
                self.tys(type_args)
            }
            ExprKind::Assign { target, .. }
            | ExprKind::CompoundAssign { target, .. }
            | ExprKind::IncDec { target, .. }
                if self.subst.is_some() =>
            {
                self.constrained_struct_property(target, e.span)
            }
            ExprKind::NewArray { elem, .. } | ExprKind::ArrayInit { elem, .. } => self.ty(elem),
            ExprKind::Binary { operand_ty, .. } => self.ty(operand_ty),
            ExprKind::TypeTest { target, .. } => {
                let open = target.is_open();
                self.ty(target);
                // What a body refuses to test against, met through a type argument.
                if open && !crate::check_is::runtime_checkable(target) {
                    let what = format!("type tests against `{target}` (here through a generic method's type argument) are");
                    if self.made.reported_gaps.insert((e.span.start, e.span.end)) {
                        self.cx.unsupported(&what, e.span);
                    }
                }
            }
            ExprKind::Await { info, .. } => self.ty(&mut info.awaiter_ty),
            ExprKind::Const(ConstValue::Null) if was_open => {
                // `default(T)`: the argument's default.
                if let Some(d) = crate::check_expr::default_of(&e.ty, e.span) {
                    *e = d;
                }
            }
            // Conversions from or to a type parameter were made as placeholders: the
            // argument decides (`convert.rs`).
            ExprKind::Convert { conversion, expr }
                if self.subst.is_some() && placeholder(*conversion) =>
            {
                match crate::convert::explicit(&expr.ty, &e.ty) {
                    Some(None) => {
                        let span = e.span;
                        let inner = std::mem::replace(&mut **expr, Expr::error(span));
                        *e = inner;
                    }
                    Some(Some(c)) => *conversion = c,
                    None => {}
                }
            }
            _ => {}
        }
    }
}

/// The conversions `convert.rs` makes for a type parameter, which its argument redoes.
fn placeholder(c: Conversion) -> bool {
    matches!(
        c,
        Conversion::Boxing | Conversion::Unboxing | Conversion::Reference | Conversion::Downcast
    )
}
