//! The program's generic classes, structs and interfaces. A generic type's declaration is
//! declared once as its *template*, a class whose type parameters are `Ty::Generic`: its
//! members and bodies are checked against them, which gives C#'s diagnostics and binding.
//! Each list of type arguments the program names (`Box<int>`, `Node<string>`) is then a class
//! of its own, the *instance*: the same declaration declared and checked again with the
//! arguments in place of the parameters, as .NET compiles code per value-type instantiation.
//! Every later pass sees instances as ordinary classes; templates, and instances whose
//! arguments name a generic method's type parameters (`Box<T>` in `Make<T>`), are `open`:
//! checked, never run. The instances an instantiation of a generic method needs are made then
//! (instantiate.rs), and the copied body's members are mapped to them (`map_class`).
//!
//! An instance's own C# diagnostics are set aside (`Diags::quiet`): the template reported
//! them, at the same places.

use std::collections::HashMap;

use unawait_syntax::ast::{self, TypeKind};
use unawait_syntax::Span;

use crate::check_items::Decl;
use crate::context::Ctx;
use crate::hir::{ClassGeneric, ClassId, FieldId, MethodId};
use crate::types::Ty;

mod close;
mod signatures;
pub(crate) use close::{check_closed, map_field, map_method};
pub(crate) use signatures::{foreign_open_instance, method_from_template};

/// Beyond this many instances the program instantiates without end (`Node<T>` with a field
/// of `Node<List<T>>`): reported instead of followed.
const MAX_INSTANCES: usize = 200;

/// How deep type arguments may nest (`List<Box<Dictionary<...>>>`).
const MAX_NESTING: usize = 12;

/// How long an instance's type arguments may print.
const MAX_NAME: usize = 1_000;

/// How many classes (instances and the types nested in them) instantiation may declare.
const MAX_DECLS: usize = 5_000;

/// How deeply type arguments nest in `t`.
fn nesting(t: &Ty) -> usize {
    match t {
        Ty::Array(e) => 1 + nesting(e),
        Ty::Lib(_, a) => 1 + a.iter().map(nesting).max().unwrap_or(0),
        Ty::Class(_, c) => {
            1 + c
                .generic
                .as_ref()
                .map_or(0, |(_, a)| a.iter().map(nesting).max().unwrap_or(0))
        }
        _ => 0,
    }
}

/// How deep open instances nest through their own generic methods' signatures.
const MAX_OPEN_DEPTH: u32 = 2;

/// The type arguments of the instance being declared.
pub(crate) struct Instance {
    pub template: ClassId,
    pub args: Vec<Ty>,
}

/// What `declared` found for a generic declaration.
pub(crate) struct Declared {
    pub shown: String,
    pub open: bool,
    pub class: ClassGeneric,
}

#[derive(Clone, Default)]
pub(crate) struct GenericClasses<'a> {
    pub templates: HashMap<ClassId, Template<'a>>,
    pub delegates: HashMap<ClassId, DelegateTemplate<'a>>,
    pub instances: HashMap<(ClassId, Vec<Ty>), ClassId>,
    /// Each template's instances, in the order they were made.
    pub by_template: HashMap<ClassId, Vec<ClassId>>,
    /// The substitution of the instance whose methods `method_from_template` declares, if
    /// they can be declared from the template's.
    pub class_subst: Option<(ClassId, Option<std::sync::Arc<crate::generics::Subst>>)>,
    /// Template methods whose checked body went to their last instance
    /// (`instantiate_class::copy`): instances made later check their own bodies.
    pub moved_bodies: std::collections::HashSet<MethodId>,
    /// How deep each open instance is made from another open instance's members.
    pub open_depth: HashMap<ClassId, u32>,
    /// How many instances each template has.
    pub made: HashMap<ClassId, usize>,
    /// The declarations of instances (and of the types nested in them), in order.
    pub decls: Vec<Decl<'a>>,
    /// How many of `decls` have their members declared.
    pub members_done: usize,
    pub stage: Stage,
    /// The class whose base list is being resolved: its type parameters are in scope there.
    pub bases_of: Option<ClassId>,
    /// Constraint checks of type arguments named before every declaration was read.
    pub pending: Vec<(ClassId, Vec<Ty>, Span)>,
    /// Methods of instances made after the bodies were checked: instantiate.rs walks them.
    pub late_methods: Vec<MethodId>,
    /// Once collect is done: how many of `decls`, fields and methods `finish` has seen.
    pub finished: usize,
    pub fields_done: usize,
    pub methods_done: usize,
    pub finishing: bool,
    /// `declare_members` is running: instances made meanwhile wait for it.
    pub declaring: bool,
    /// How many instances' base lists are being resolved.
    pub resolving: u32,
    /// The overload each call in a template's bodies chose, by the call's span: its
    /// instances choose the same (`template_choice`).
    pub choices: HashMap<(u32, u32), crate::hir::Callee>,
}

impl GenericClasses<'_> {
    /// A generic class, struct, interface or delegate type's template.
    pub(crate) fn is_template(&self, c: ClassId) -> bool {
        self.templates.contains_key(&c) || self.delegates.contains_key(&c)
    }
}

/// How far `check` has come: what an instance made now must catch up with.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Stage {
    #[default]
    Declaring,
    /// The templates' constraints are read; members are being declared.
    Members,
    /// Every declaration is done; bodies are being checked (new methods join the queue).
    Bodies,
    /// Bodies are checked: an instance made now has its bodies checked at once.
    Instantiating,
}

/// A generic `delegate` declaration.
#[derive(Clone)]
pub(crate) struct DelegateTemplate<'a> {
    pub d: &'a ast::DelegateDecl,
    pub ns: Option<String>,
    pub outer: Option<ClassId>,
    pub params: Vec<Ty>,
}

#[derive(Clone)]
pub(crate) struct Template<'a> {
    pub td: &'a ast::TypeDecl,
    pub ns: Option<String>,
    pub outer: Option<ClassId>,
    pub params: Vec<Ty>,
}

/// For a generic declaration `td` declared as class `id`: its template's type parameters, or
/// the instance's arguments.
pub(crate) fn declared<'a>(
    cx: &mut Ctx<'a>,
    td: &'a ast::TypeDecl,
    id: ClassId,
    ns: Option<&str>,
    outer: Option<ClassId>,
    inst: Option<&Instance>,
) -> Option<Declared> {
    if td.type_params.is_empty()
        || !matches!(
            td.kind,
            TypeKind::Class | TypeKind::Struct | TypeKind::Interface
        )
    {
        return None;
    }
    let (template, args) = match inst {
        Some(i) => (i.template, i.args.clone()),
        None => {
            let own = crate::generics::declare(cx, &td.type_params, td.kind == TypeKind::Interface);
            cx.gclasses.templates.insert(
                id,
                Template {
                    td,
                    ns: ns.map(str::to_string),
                    outer,
                    params: own.clone(),
                },
            );
            (id, own)
        }
    };
    Some(describe(
        &td.name.name,
        &td.type_params,
        template,
        args,
        inst.is_some(),
    ))
}

/// The class of a generic declaration (`name<type_params>`) for `args`: its template's own
/// parameters, or an instance's arguments.
fn describe(
    name: &str,
    type_params: &[ast::TypeParam],
    template: ClassId,
    args: Vec<Ty>,
    instance: bool,
) -> Declared {
    let params: Vec<String> = type_params.iter().map(|p| p.name.name.clone()).collect();
    let shown: Vec<String> = match instance {
        true => args.iter().map(|a| a.to_string()).collect(),
        false => params.clone(),
    };
    Declared {
        shown: format!("{name}<{}>", shown.join(", ")),
        open: !instance || args.iter().any(Ty::is_open),
        class: ClassGeneric {
            template,
            name: name.to_string(),
            params,
            args,
            variance: variance(type_params),
        },
    }
}

/// `out` (1), `in` (-1) or neither (0) per type parameter; empty when none is variant.
fn variance(params: &[ast::TypeParam]) -> std::sync::Arc<[i8]> {
    if params.iter().all(|p| p.variance.is_none()) {
        return Vec::new().into();
    }
    params
        .iter()
        .map(|p| match p.variance {
            Some((ast::Variance::Out, _)) => 1,
            Some((ast::Variance::In, _)) => -1,
            None => 0,
        })
        .collect()
}

/// For a generic delegate declaration `d` declared as class `id`: as `declared`.
pub(crate) fn declared_delegate<'a>(
    cx: &mut Ctx<'a>,
    d: &'a ast::DelegateDecl,
    id: ClassId,
    ns: Option<&str>,
    outer: Option<ClassId>,
    inst: Option<&Instance>,
) -> Option<Declared> {
    if d.type_params.is_empty() {
        return None;
    }
    let (template, args) = match inst {
        Some(i) => (i.template, i.args.clone()),
        None => {
            let own = crate::generics::declare(cx, &d.type_params, true);
            let template = DelegateTemplate {
                d,
                ns: ns.map(str::to_string),
                outer,
                params: own.clone(),
            };
            cx.gclasses.delegates.insert(id, template);
            (id, own)
        }
    };
    Some(describe(
        &d.name.name,
        &d.type_params,
        template,
        args,
        inst.is_some(),
    ))
}

/// The instance of generic delegate type `template` for `args`: its class and signature.
fn delegate_instance<'a>(
    cx: &mut Ctx<'a>,
    t: &DelegateTemplate<'a>,
    template: ClassId,
    args: &[Ty],
) -> ClassId {
    let id = ClassId(cx.program.classes.len() as u32);
    let inst = Instance {
        template,
        args: args.to_vec(),
    };
    let generic = declared_delegate(cx, t.d, id, t.ns.as_deref(), t.outer, Some(&inst));
    crate::delegates::push_class(cx, t.d, id, t.ns.clone(), t.outer, generic);
    cx.gclasses.instances.insert((template, args.to_vec()), id);
    cx.gclasses
        .by_template
        .entry(template)
        .or_default()
        .push(id);
    let quiet = cx.diags.quiet.replace(cx.class_display(id));
    crate::delegates::instance_signature(cx, id, t.d);
    cx.diags.quiet = quiet;
    id
}

impl Ctx<'_> {
    /// The other instances of interface instance `i`'s generic interface that `i` converts to
    /// by its variance (`IProducer<Animal>` for `IProducer<Dog>` with `out T`), in id order.
    pub(crate) fn variant_instances(&self, i: ClassId) -> Vec<ClassId> {
        let Some(g) = &self.program.class(i).generic else {
            return Vec::new();
        };
        if g.variance.is_empty() || self.program.class(i).kind != crate::hir::ClassKind::Interface {
            return Vec::new();
        }
        let fresh = |t: &Ty| match t {
            Ty::Class(id, c) if c.generic.is_none() => self.class_ty(*id),
            t => t.clone(),
        };
        let converts = |f: &Ty, t: &Ty| {
            let (f, t) = (fresh(f), fresh(t));
            f == t
                || (f.is_reference_type()
                    && matches!(
                        crate::convert::implicit(&f, &t),
                        Some(Some(crate::hir::Conversion::Reference))
                    ))
        };
        let mut found: Vec<ClassId> =
            self.gclasses
                .instances
                .iter()
                .filter(|((t, args), &j)| {
                    *t == g.template
                        && j != i
                        && args.iter().zip(&g.args).zip(g.variance.iter()).all(
                            |((b, a), v)| match v {
                                1 => converts(a, b),
                                -1 => converts(b, a),
                                _ => a == b,
                            },
                        )
                })
                .map(|(_, &j)| j)
                .collect();
        found.sort_unstable();
        found
    }

    /// The type parameter `name` of the class in scope (or of a class it is nested in): its
    /// argument in an instance, itself in a template.
    /// For a type parameter `name` of the class in scope (or an outer one): whether its
    /// template constrains it to `struct` (`T?` is then `Nullable<T>`, else C# 9's annotation).
    pub(crate) fn class_type_param_is_struct(&self, name: &str) -> Option<bool> {
        let (g, i) = self.class_param_of(name)?;
        let params = &self.gclasses.templates.get(&g.template)?.params;
        Some(matches!(params.get(i), Some(Ty::Generic(p)) if p.constraints().is_struct))
    }

    /// The generic class in scope (or an outer one) declaring type parameter `name`, and its
    /// position.
    fn class_param_of(&self, name: &str) -> Option<(&crate::hir::ClassGeneric, usize)> {
        let mut c = self.gclasses.bases_of.or(self.type_scope);
        for _ in 0..64 {
            let class = self.program.class(c?);
            if let Some(g) = &class.generic {
                if let Some(i) = g.params.iter().position(|p| p == name) {
                    return Some((g, i));
                }
            }
            c = class.outer;
        }
        None
    }

    pub(crate) fn class_type_param(&self, name: &str) -> Option<Ty> {
        let (g, i) = self.class_param_of(name)?;
        // A class as it is now: an argument named in a base list (`Customer :
        // Entity<Customer>`) was made before its own bases were known.
        g.args.get(i).map(|a| match a {
            Ty::Class(id, c) if c.generic.is_none() => self.class_ty(*id),
            a => a.clone(),
        })
    }

    /// Whether `c` is (or is nested in) an open instance (`Box<U>` named in a template's
    /// signature): its members' signatures serve lookups in generic code, but its bodies
    /// never run and say nothing the template's did not, so they are not checked.
    pub(crate) fn in_open_instance(&self, c: ClassId) -> bool {
        let mut cur = Some(c);
        for _ in 0..64 {
            let Some(id) = cur else { return false };
            let class = self.program.class(id);
            if class.open && class.generic.as_ref().is_some_and(|g| g.template != id) {
                return true;
            }
            cur = class.outer;
        }
        false
    }

    /// The instance a class belongs to, as its diagnostics name it: `Some` for an instance of
    /// a generic type and the types nested in one.
    pub(crate) fn instance_name(&self, c: ClassId) -> Option<String> {
        let mut cur = Some(c);
        for _ in 0..64 {
            let id = cur?;
            let class = self.program.class(id);
            if class.generic.as_ref().is_some_and(|g| g.template != id) {
                return Some(self.class_display(id));
            }
            cur = class.outer;
        }
        None
    }
}

/// Whether calls in class `c`'s bodies record their overloads: `c` is a template (or nested
/// in one), not an instance.
pub(crate) fn records_choices(cx: &Ctx<'_>, c: ClassId) -> bool {
    !cx.gclasses.templates.is_empty() && cx.program.class(c).open && cx.instance_name(c).is_none()
}

/// In an instance (or a type nested in one), the overload the template chose for the call at
/// `span`, as a candidate of the instance: a method of the template is the instance's own.
pub(crate) fn template_choice(cx: &Ctx<'_>, c: ClassId, span: Span) -> Option<crate::hir::Callee> {
    use crate::hir::Callee;
    if cx.gclasses.choices.is_empty() || cx.instance_name(c).is_none() {
        return None;
    }
    match *cx.gclasses.choices.get(&(span.start, span.end))? {
        Callee::User(m) if cx.program.class(cx.program.method(m).class).open => {
            // The template's own method (or a nested type's): the same member here.
            let mut to = Some(c);
            for _ in 0..64 {
                let id = to?;
                if let Some(found) = map_method(cx, m, id) {
                    return Some(Callee::User(found));
                }
                to = cx.program.class(id).outer;
            }
            None
        }
        other => Some(other),
    }
}

/// `template<args>`: the template itself for its own parameters, else the instance, made on
/// first use.
pub(crate) fn construct(cx: &mut Ctx<'_>, template: ClassId, args: &[Ty], span: Span) -> Ty {
    if args.iter().any(Ty::is_error) {
        return Ty::Error;
    }
    if let Some(t) = cx.gclasses.delegates.get(&template).cloned() {
        if t.params.len() != args.len() {
            return Ty::Error;
        }
        if args == t.params.as_slice() {
            return cx.class_ty(template);
        }
        let id = match cx.gclasses.instances.get(&(template, args.to_vec())) {
            Some(&id) => id,
            None => delegate_instance(cx, &t, template, args),
        };
        return cx.class_ty(id);
    }
    let Some(t) = cx.gclasses.templates.get(&template).cloned() else {
        return Ty::Error;
    };
    if t.params.len() != args.len() {
        let shown = cx.class_display(template);
        cx.error(
            "CS0305",
            format!(
                "Using the generic type '{shown}' requires {} type arguments",
                t.params.len()
            ),
            span,
            "check the number of type arguments",
        );
        return Ty::Error;
    }
    if let Some(Ty::Class(id, _)) = args
        .iter()
        .find(|a| matches!(a, Ty::Class(c, _) if cx.program.class(*c).is_static))
    {
        let shown = cx.class_display(*id);
        cx.error(
            "CS0718",
            format!("'{shown}': static types cannot be used as type arguments"),
            span,
            "a static class has no values: use another type",
        );
        return Ty::Error;
    }
    if !check_constraints(cx, template, &t.params, args, span) {
        return Ty::Error;
    }
    if args == t.params.as_slice() {
        return cx.class_ty(template);
    }
    if let Some(&id) = cx.gclasses.instances.get(&(template, args.to_vec())) {
        return cx.class_ty(id);
    }
    // An open instance's generic methods name open instances of their own (`Box<U>` of
    // `Map<U>` in `Box<T>`, whose own `Map<V>` names `Box<V>`, ...): two levels serve every
    // call generic code makes; deeper ones would never end.
    let open = args.iter().any(Ty::is_open);
    // A type nested in an open instance is as deep as the instance.
    let scope_depth = |mut s: ClassId| {
        let mut depth = 0;
        for _ in 0..MAX_NESTING {
            depth = depth.max(cx.gclasses.open_depth.get(&s).copied().unwrap_or(0));
            match cx.program.class(s).outer {
                Some(o) => s = o,
                None => break,
            }
        }
        depth
    };
    let depth = match cx.type_scope {
        Some(s) if open => scope_depth(s) + 1,
        _ => 0,
    };
    if depth > MAX_OPEN_DEPTH {
        return Ty::Error;
    }
    let made = cx.gclasses.made.entry(template).or_default();
    *made += 1;
    // Arguments nested this deep only come from a type that names a larger instance of
    // itself (`Deep<List<T>>` in `Deep<T>`): stop at once rather than after many instances.
    // Also a name that grows through types nested in instances (`Tree<Tree<T>.Node>`), and
    // instances that together declare more classes than any program needs.
    let long = args.iter().map(|a| a.to_string().len()).sum::<usize>() > MAX_NAME;
    if long || cx.gclasses.decls.len() > MAX_DECLS || args.iter().any(|a| nesting(a) > MAX_NESTING)
    {
        *made = (*made).max(MAX_INSTANCES + 1);
    }
    if *made > MAX_INSTANCES {
        // Reported once, at the declaration that grows.
        if *made == MAX_INSTANCES + 1 {
            cx.unsupported(
                "a generic type instantiated with ever larger type arguments is",
                t.td.name.span,
            );
        }
        return Ty::Error;
    }
    let id = instantiate(cx, &t, template, args, depth);
    cx.class_ty(id)
}

/// Whether `args` satisfy the template's constraints (CS0452, CS0453, CS0310, CS0311,
/// CS0315); checked later when the constraints are not read yet.
fn check_constraints(
    cx: &mut Ctx<'_>,
    template: ClassId,
    params: &[Ty],
    args: &[Ty],
    span: Span,
) -> bool {
    // `new()` and `IComparable<T>` need every class's members and interfaces.
    if cx.gclasses.stage < Stage::Bodies {
        cx.gclasses.pending.push((template, args.to_vec(), span));
        return true;
    }
    let shown = cx.class_display(template);
    let owner = match params.first() {
        Some(Ty::Generic(p)) => p.owner,
        _ => return true,
    };
    let subst = crate::generics::Subst {
        owner,
        args: args.to_vec(),
    };
    let map = |t: &Ty| cx.close(&t.instantiate(&subst));
    let mut found = None;
    for (p, a) in params.iter().zip(args) {
        let Ty::Generic(p) = p else { continue };
        // A type parameter named in its own `where` clause (`where T : IShape<T>`) has no
        // constraints yet: C# checks it against those it is declaring.
        if matches!(a, Ty::Generic(q) if !q.constrained()) {
            continue;
        }
        // A class's interfaces as they are now (the type may have been named before its
        // base list was read).
        let a = match a {
            Ty::Class(id, _) => cx.class_ty(*id),
            a => a.clone(),
        };
        found = found
            .or_else(|| crate::generics::violation_with(p, &a, &shown, &map))
            .or_else(|| crate::generics::program_violation(&cx.program, p, &a, &shown));
    }
    if let Some((code, msg)) = found {
        cx.error(
            code,
            msg,
            span,
            "choose a type argument that meets the `where` clause",
        );
        return false;
    }
    true
}

/// Reads the templates' `where` clauses (once every class and base list is known), then
/// makes the constraint checks that waited for them.
pub(crate) fn constrain_templates(cx: &mut Ctx<'_>) {
    let mut templates: Vec<(ClassId, Template<'_>)> = cx
        .gclasses
        .templates
        .iter()
        .map(|(&id, t)| (id, t.clone()))
        .collect();
    templates.sort_by_key(|(id, _)| *id);
    for (id, t) in templates {
        let scope = cx.type_scope;
        cx.type_scope = Some(id);
        let shown = cx.class_display(id);
        crate::generics::constrain(cx, &t.params, &t.td.constraints, t.ns.as_deref(), &shown);
        cx.type_scope = scope;
    }
    cx.gclasses.stage = Stage::Members;
}

/// Declares the instance of `template` for `args`, and brings it as far as the program is.
/// Declares the instance of `template` for `args`; `depth` is how deep it is among open
/// instances (known before its members are: they name instances of their own).
fn instantiate<'a>(
    cx: &mut Ctx<'a>,
    t: &Template<'a>,
    template: ClassId,
    args: &[Ty],
    depth: u32,
) -> ClassId {
    let saved = (
        cx.type_scope,
        std::mem::take(&mut cx.generic_scope),
        cx.gclasses.bases_of.take(),
    );
    let quiet = cx.diags.quiet.take();
    let id = ClassId(cx.program.classes.len() as u32);
    if depth > 0 {
        cx.gclasses.open_depth.insert(id, depth);
    }
    let shown: Vec<String> = args.iter().map(|a| a.to_string()).collect();
    cx.diags.quiet = Some(format!("{}<{}>", t.td.name.name, shown.join(", ")));
    let mut decls = Vec::new();
    let inst = Instance {
        template,
        args: args.to_vec(),
    };
    crate::check_items::declare_class(cx, t.td, t.ns.clone(), t.outer, &mut decls, Some(&inst));
    cx.gclasses.instances.insert((template, args.to_vec()), id);
    cx.gclasses
        .by_template
        .entry(template)
        .or_default()
        .push(id);
    cx.gclasses.decls.extend(decls.iter().copied());
    // An instance its base list makes (`ListStore<int> : IStore<int>`) is finished with it,
    // once its own bases are known.
    cx.gclasses.resolving += 1;
    crate::inheritance::resolve_bases(cx, &decls);
    crate::user_types::survey(cx, &decls);
    cx.gclasses.resolving -= 1;
    if cx.gclasses.stage >= Stage::Bodies && cx.gclasses.resolving == 0 {
        finish(cx);
    } else if cx.gclasses.stage == Stage::Members
        && cx.gclasses.resolving == 0
        && !cx.gclasses.declaring
    {
        // Named while members are declared (a constant's initializer, `Reg<int>.Max`): its
        // members are looked up at once.
        declare_members(cx);
    }
    cx.diags.quiet = quiet;
    (cx.type_scope, cx.generic_scope, cx.gclasses.bases_of) = saved;
    id
}

/// Declares the members of the instances whose members are not declared yet (more instances
/// may be made meanwhile: they are declared too).
pub(crate) fn declare_members(cx: &mut Ctx<'_>) {
    let declaring = std::mem::replace(&mut cx.gclasses.declaring, true);
    declare_pending_members(cx);
    cx.gclasses.declaring = declaring;
}

fn declare_pending_members(cx: &mut Ctx<'_>) {
    while cx.gclasses.members_done < cx.gclasses.decls.len() {
        let d = cx.gclasses.decls[cx.gclasses.members_done];
        cx.gclasses.members_done += 1;
        if cx.skipped_classes.contains(&d.id) {
            continue;
        }
        let saved = (cx.type_scope, cx.diags.quiet.take());
        cx.diags.quiet = cx.instance_name(d.id);
        cx.type_scope = Some(d.id);
        if d.td.kind == TypeKind::Enum {
            crate::enums::members(cx, &d);
        } else {
            crate::check_members::members(cx, &d);
        }
        (cx.type_scope, cx.diags.quiet) = saved;
    }
}

/// What `collect` does after declaring members, for instances made once it is done, and
/// their fields' initializers; after the bodies were checked, their bodies too. Instances
/// made meanwhile (by a member's type, a body) are finished by the same loop.
fn finish(cx: &mut Ctx<'_>) {
    // Made while another instance's members are declared: that loop declares this one's next,
    // and its passes wait until every member of both is known.
    if cx.gclasses.declaring {
        return;
    }
    declare_members(cx);
    if cx.gclasses.finishing {
        return;
    }
    cx.gclasses.finishing = true;
    while cx.gclasses.finished < cx.gclasses.decls.len() {
        let (start, end) = (cx.gclasses.finished, cx.gclasses.decls.len());
        let new: Vec<Decl<'_>> = cx.gclasses.decls[start..end].to_vec();
        crate::parameters::fold_deferred_defaults(cx);
        crate::structs::check_declarations(cx, &new);
        crate::virtuals::vtables(cx, &new);
        crate::interfaces::itables(cx);
        crate::interfaces::self_generics(cx);
        cx.gclasses.finished = end;
        while cx.gclasses.fields_done < cx.program.fields.len() {
            let f = FieldId(cx.gclasses.fields_done as u32);
            cx.gclasses.fields_done += 1;
            crate::init_field(cx, f);
        }
        crate::field_lambdas::static_constructors(cx);
        if cx.gclasses.stage == Stage::Instantiating {
            while cx.gclasses.methods_done < cx.program.methods.len() {
                let id = MethodId(cx.gclasses.methods_done as u32);
                cx.gclasses.methods_done += 1;
                crate::check_method(cx, id);
                cx.gclasses.late_methods.push(id);
            }
        }
        declare_members(cx);
    }
    cx.gclasses.finishing = false;
}

/// Marks collect done: instances made from now on are finished at once (`finish`).
pub(crate) fn collected(cx: &mut Ctx<'_>) {
    cx.gclasses.finished = cx.gclasses.decls.len();
    cx.gclasses.fields_done = cx.program.fields.len();
    cx.gclasses.stage = Stage::Bodies;
    // The constraint checks of type arguments named while declarations were read.
    for (template, args, span) in std::mem::take(&mut cx.gclasses.pending) {
        let params = cx.gclasses.templates[&template].params.clone();
        check_constraints(cx, template, &params, &args, span);
    }
}

/// Marks the bodies checked: instances made from now on have their bodies checked at once.
pub(crate) fn bodies_checked(cx: &mut Ctx<'_>) {
    cx.gclasses.methods_done = cx.program.methods.len();
    cx.gclasses.stage = Stage::Instantiating;
}

/// The errors only an instance had (its code compiles for the template's type parameters,
/// not for these arguments): one UA0100 each, where the template has no error.
pub(crate) fn report_suppressed(cx: &mut Ctx<'_>) {
    let suppressed = std::mem::take(&mut cx.diags.suppressed);
    for (instance, d) in suppressed {
        let span = d.span();
        let reported = cx
            .diags
            .list
            .iter()
            .any(|e| e.is_error() && e.span().start <= span.start && span.end <= e.span().end);
        if !reported {
            let what = format!(
                "code that compiles for a generic type's parameters but not for the arguments of `{instance}` ({}: {}) is",
                d.code,
                d.message
            );
            cx.unsupported(&what, span);
        }
    }
}
