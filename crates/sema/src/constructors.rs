//! Constructors of user classes: the declared ones, the static one and the implicit one C#
//! gives a class without any, each a method of the program (`.ctor`, `.cctor`) checked like any
//! other body; and what a constructor runs before its body (`: this(...)`, or the field
//! initializers then `: base(...)`), in C#'s order.

use unawait_syntax::ast::{self, Modifier};
use unawait_syntax::Span;

use crate::body::Body;
use crate::check_call::{Cand, MethodGroup};
use crate::check_expr::mk;
use crate::hir::{Callee, Expr, ExprKind, Place, Stmt, StmtId, StmtKind};

use crate::check_items::{modifier_invalid, Decl};
use crate::check_members::push_method;
use crate::context::{BodySrc, Ctx};
use crate::hir::{FieldId, Method, MethodId, MethodKind};
use crate::parameters::parameters;
use crate::types::Ty;

pub(crate) fn constructor<'a>(cx: &mut Ctx<'a>, d: &Decl<'a>, c: &'a ast::ConstructorDecl) {
    if c.name.name != d.td.name.name {
        cx.error(
            "CS1520",
            "Method must have a return type",
            c.name.span,
            "add a return type, e.g. `static void Name()`",
        );
        return;
    }
    if c.modifiers.has(Modifier::Static) {
        static_constructor(cx, d, c);
        return;
    }
    for (m, span) in &c.modifiers.0 {
        match m {
            Modifier::Public | Modifier::Private | Modifier::Internal | Modifier::Protected => {}
            Modifier::Extern | Modifier::Unsafe => {
                cx.outside(&format!("`{}` constructors are", m.as_str()), *span)
            }
            _ => modifier_invalid(cx, *m, *span),
        }
    }
    if !crate::structs::check_constructor(cx, d, c) {
        return;
    }
    if cx.program.class(d.id).is_static {
        cx.error(
            "CS0710",
            "Static classes cannot have instance constructors",
            c.name.span,
            "remove the constructor, or make the class not static",
        );
        return;
    }
    let ns = cx.program.class(d.id).namespace.clone();
    let (params, param_types, locals) = parameters(cx, &c.params, ns.as_deref(), false, true);
    let class = d.id.0 as usize;
    let id = crate::hir::MethodId(cx.program.methods.len() as u32);
    if let Some(&prev) = cx.ctors[class]
        .iter()
        .find(|&&m| cx.program.method(m).param_types == param_types && cx.same_refs(m, id))
    {
        duplicate_constructor(cx, d, c, prev, "change the parameter types of one of them");
        return;
    }
    let id = push_method(
        cx,
        d.id,
        Method {
            params,
            param_types,
            locals,
            name_span: c.name.span,
            ..Method::new(d.id, ".ctor", MethodKind::Constructor, c.span)
        },
        Some(BodySrc::Body(&c.body)),
        Ctx::is_private(&c.modifiers),
    );
    if c.modifiers.has(Modifier::Protected) {
        cx.protected_methods.insert(id);
    }
    if let Some(init) = &c.initializer {
        cx.ctor_inits.insert(id, init);
    }
    cx.ctors[class].push(id);
}

/// `static C() { ... }`: run once, before the class is first used (its static fields read or
/// written, a static method called, an object created), after its static field initializers.
fn static_constructor<'a>(cx: &mut Ctx<'a>, d: &Decl<'a>, c: &'a ast::ConstructorDecl) {
    let shown = format!("{}.{}()", cx.class_display(d.id), d.td.name.name);
    for (m, span) in &c.modifiers.0 {
        match m {
            Modifier::Static => {}
            Modifier::Public | Modifier::Private | Modifier::Internal | Modifier::Protected => cx
                .error(
                    "CS0515",
                    format!("'{shown}': access modifiers are not allowed on static constructors"),
                    *span,
                    "remove the modifier",
                ),
            _ => modifier_invalid(cx, *m, *span),
        }
    }
    if !c.params.is_empty() {
        let ns = cx.program.class(d.id).namespace.clone();
        let (_, types, _) = parameters(cx, &c.params, ns.as_deref(), false, true);
        let ps: Vec<String> = types.iter().map(|t| t.to_string()).collect();
        let shown = format!(
            "{}.{}({})",
            cx.class_display(d.id),
            d.td.name.name,
            ps.join(", ")
        );
        cx.error(
            "CS0132",
            format!("'{shown}': a static constructor must be parameterless"),
            c.name.span,
            "remove the parameters",
        );
        return;
    }
    if c.initializer.is_some() {
        cx.error(
            "CS0514",
            format!("'{shown}': static constructor cannot have an explicit 'this' or 'base' constructor call"),
            c.name.span,
            "remove `: this(...)` / `: base(...)`",
        );
    }
    if let Some(&prev) = cx.static_ctors.get(&d.id) {
        duplicate_constructor(cx, d, c, prev, "keep one static constructor");
        return;
    }
    let id = push_method(
        cx,
        d.id,
        Method {
            is_static: true,
            name_span: c.name.span,
            ..Method::new(d.id, ".cctor", MethodKind::StaticConstructor, c.span)
        },
        Some(BodySrc::Body(&c.body)),
        true,
    );
    cx.static_ctors.insert(d.id, id);
}

/// C# gives a class without constructors a public one without parameters, which runs the
/// field initializers.
pub(crate) fn implicit_constructor<'a>(cx: &mut Ctx<'a>, d: &Decl<'a>) {
    let c = cx.program.class(d.id);
    if c.is_static
        || c.kind != crate::hir::ClassKind::Class
        || cx.skipped_classes.contains(&d.id)
        || !cx.ctors[d.id.0 as usize].is_empty()
    {
        return;
    }
    let m = generated_constructor(cx, d.id, false);
    let id = push_method(cx, d.id, m, Some(BodySrc::ImplicitCtor), false);
    cx.ctors[d.id.0 as usize].push(id);
}

/// A constructor C# generates for `class` (instance, or the static one), taking nothing; its
/// body is the field initializers (`BodySrc::ImplicitCtor`).
pub(crate) fn generated_constructor(
    cx: &Ctx<'_>,
    class: crate::hir::ClassId,
    is_static: bool,
) -> Method {
    let c = cx.program.class(class);
    let (name, kind) = if is_static {
        (".cctor", MethodKind::StaticConstructor)
    } else {
        (".ctor", MethodKind::Constructor)
    };
    Method {
        is_static,
        name_span: c.name_span,
        ..Method::new(class, name, kind, c.span)
    }
}

impl Body<'_, '_> {
    /// `this`, typed as the class being checked.
    pub(crate) fn this_expr(&self, span: Span) -> Expr {
        mk(ExprKind::This, self.cx.class_ty(self.class), span)
    }

    /// What a constructor runs before its body, in C#'s order: a `: this(...)` call, or else
    /// the instance field initializers (then `object`'s constructor, which does nothing).
    pub(crate) fn constructor_prologue(&mut self, id: MethodId) -> Vec<Stmt> {
        let stmt = |e: Expr| Stmt {
            id: StmtId::NONE,
            span: e.span,
            kind: StmtKind::Expr(e),
        };
        let init = self.cx.ctor_inits.get(&id).copied();
        let mut base_args = None;
        if let Some((kw, args)) = init {
            let span = kw.span;
            // Named arguments are matched to a constructor's parameters once it is known.
            let arg_exprs = if args.iter().any(|a| a.name.is_some()) {
                InitArgs::Named(args)
            } else {
                InitArgs::Checked(self.args(args))
            };
            if kw.name == "this" {
                return self
                    .this_initializer(id, arg_exprs, span)
                    .into_iter()
                    .map(stmt)
                    .collect();
            }
            base_args = Some((arg_exprs, span));
        }
        let base_call = self.base_initializer(base_args);
        let class = self.cx.program.class(self.class);
        let inits: Vec<(FieldId, Expr)> = class
            .fields
            .iter()
            .filter_map(|&f| {
                let field = self.cx.program.field(f);
                let init = field.init.as_ref().filter(|_| !field.is_static)?;
                Some((f, init.clone()))
            })
            .collect();
        let inits: Vec<(FieldId, Expr)> = inits
            .into_iter()
            .map(|(f, init)| (f, self.field_initializer(f, &init)))
            .collect();
        let mut out: Vec<Stmt> = inits
            .into_iter()
            .map(|(field, init)| {
                let span = init.span;
                let ty = init.ty.clone();
                let target = Place::InstanceField {
                    receiver: Box::new(self.this_expr(span)),
                    field,
                };
                stmt(mk(
                    ExprKind::Assign {
                        target,
                        value: Box::new(init),
                    },
                    ty,
                    span,
                ))
            })
            .collect();
        // C# runs the field initializers, then the base class's constructor, then the body.
        out.extend(base_call.map(stmt));
        out
    }

    /// `: base(...)` of a class deriving from a library exception: one of its constructors that
    /// takes nothing, a message, or a message and an inner exception (lowered to setting them
    /// on the object being constructed).
    fn library_base_initializer(
        &mut self,
        lib: Ty,
        explicit: Option<(Vec<Expr>, Span)>,
    ) -> Option<Expr> {
        let (args, span) = match explicit {
            Some(x) => x,
            None => (
                Vec::new(),
                self.cx.program.method(self.func.method?).name_span,
            ),
        };
        let cands: Vec<Cand> = crate::resolve::lookup_members(&lib, ".ctor")
            .into_iter()
            .filter(|c| c.level == 0)
            .collect();
        let g = MethodGroup {
            cands,
            receiver: None,
            name: lib.to_string(),
            type_args: Vec::new(),
            via_type: true,
        };
        let res = self.resolve_call(g, args, span, true)?;
        let Callee::Builtin(b) = res.callee else {
            return None;
        };
        let names: Vec<&str> = crate::builtins::library()
            .get(b)
            .params
            .iter()
            .map(|(n, _)| n.as_str())
            .collect();
        if !matches!(
            names.as_slice(),
            [] | ["message"] | ["message", "innerException"]
        ) {
            self.cx.unsupported(
                &format!("this constructor of `{lib}` as a base constructor is"),
                span,
            );
            return None;
        }
        Some(mk(
            ExprKind::Call {
                callee: res.callee,
                receiver: Some(Box::new(self.this_expr(span))),
                args: res.args,
                type_args: Vec::new(),
            },
            Ty::Void,
            span,
        ))
    }

    /// What a static constructor runs before its body: the static field initializers, in order.
    pub(crate) fn static_constructor_prologue(&mut self) -> Vec<Stmt> {
        let class = self.cx.program.class(self.class);
        let inits: Vec<(FieldId, Expr, Ty)> = class
            .fields
            .iter()
            .filter_map(|&f| {
                let field = self.cx.program.field(f);
                let init = field
                    .init
                    .as_ref()
                    .filter(|_| field.is_static && field.constant.is_none())?;
                Some((f, init.clone(), field.ty.clone()))
            })
            .collect();
        inits
            .into_iter()
            .map(|(f, init, ty)| {
                let init = self.field_initializer(f, &init);
                let span = init.span;
                Stmt {
                    id: StmtId::NONE,
                    span,
                    kind: StmtKind::Expr(mk(
                        ExprKind::Assign {
                            target: Place::StaticField(f),
                            value: Box::new(init),
                        },
                        ty,
                        span,
                    )),
                }
            })
            .collect()
    }

    /// `: this(args)`: the call of the other constructor (which runs the initializers).
    fn this_initializer(&mut self, id: MethodId, args: InitArgs<'_>, span: Span) -> Option<Expr> {
        // A primary constructor (reported with the class) is not among the candidates.
        if self.cx.unmodelled_ctors.contains(&self.class) {
            return None;
        }
        // A struct's `this()` is its implicit parameterless constructor (an explicit one is
        // UA0100): it zeroes the fields, and a struct's object is zeroed when it is made.
        if args.is_empty()
            && self.cx.program.class(self.class).kind == crate::hir::ClassKind::Struct
        {
            return None;
        }
        let cands = self.cx.ctors[self.class.0 as usize]
            .iter()
            .map(|&m| Cand::user(m))
            .collect();
        let g = MethodGroup {
            cands,
            receiver: Some(Box::new(self.this_expr(span))),
            name: self.cx.program.class(self.class).name.clone(),
            type_args: Vec::new(),
            via_type: false,
        };
        let (g, args) = self.init_args(g, args, span)?;
        let res = self.resolve_call(g, args, span, true)?;
        if res.callee == Callee::User(id) {
            let shown = self.method_display(id);
            self.err(
                "CS0516",
                format!("Constructor '{shown}' cannot call itself"),
                span,
                "call another constructor, or remove `: this(...)`",
            );
            return None;
        }
        // A cycle through other constructors: the one that closes it is reported.
        if let Callee::User(target) = res.callee {
            self.cx.this_calls.insert(id, target);
            let mut cur = target;
            let mut steps = 0;
            while let Some(&next) = self.cx.this_calls.get(&cur) {
                steps += 1;
                if next == id || steps > self.cx.this_calls.len() {
                    let shown = self.method_display(id);
                    self.err(
                        "CS0768",
                        format!(
                            "Constructor '{shown}' cannot call itself through another constructor"
                        ),
                        span,
                        "one of the constructors must run its own body without `: this(...)`",
                    );
                    return None;
                }
                cur = next;
            }
        }
        Some(mk(
            ExprKind::Call {
                callee: res.callee,
                receiver: res.receiver,
                args: res.args,
                type_args: Vec::new(),
            },
            Ty::Void,
            span,
        ))
    }

    /// The call of the base class's constructor: `: base(args)`, or `base()` when the
    /// constructor names none. `object`'s constructor does nothing and is not called.
    fn base_initializer(&mut self, explicit: Option<(InitArgs<'_>, Span)>) -> Option<Expr> {
        if let Some(lib) = self.cx.lib_bases.get(&self.class).cloned() {
            let explicit = match explicit {
                Some((InitArgs::Named(args), _)) => {
                    let (_, n) = args.iter().find_map(|a| a.name.as_ref().map(|n| (a, n)))?;
                    self.cx.unsupported(
                        "named arguments to a library exception's constructor are",
                        n.span,
                    );
                    return None;
                }
                Some((InitArgs::Checked(args), span)) => Some((args, span)),
                None => None,
            };
            return self.library_base_initializer(lib, explicit);
        }
        let Some(base) = self.cx.class_bases[self.class.0 as usize] else {
            if let Some((args, span)) = explicit {
                if !args.is_empty() && !self.cx.inherits.contains(&self.class) {
                    self.err(
                        "CS1729",
                        format!(
                            "'object' does not contain a constructor that takes {} arguments",
                            args.len()
                        ),
                        span,
                        "the class has no base class but `object`, whose constructor takes none",
                    );
                }
            }
            return None;
        };
        let ctors: Vec<MethodId> = self.cx.ctors[base.0 as usize].clone();
        let receiver = |b: &Self, span| {
            let this = b.this_expr(span);
            Box::new(this)
        };
        let (args, span, implicit) = match explicit {
            Some((args, span)) => (args, span, false),
            None => (
                InitArgs::Checked(Vec::new()),
                self.cx.program.method(self.func.method?).name_span,
                true,
            ),
        };
        let accessible: Vec<MethodId> = ctors
            .iter()
            .copied()
            .filter(|&m| self.method_accessible(m))
            .collect();
        if implicit
            && !accessible
                .iter()
                .any(|&m| self.cx.program.method(m).params.is_empty())
        {
            // C#'s message names the first parameter the implicit `base()` does not pass.
            let &first = accessible.first().or(ctors.first())?;
            // The method's locals are not in the program while its body is checked.
            let p = self
                .cx
                .user_params
                .get(&first)
                .and_then(|u| u.names.first().cloned())
                .unwrap_or_default();
            let shown = self.method_display(first);
            self.err(
                "CS7036",
                format!("There is no argument given that corresponds to the required parameter '{p}' of '{shown}'"),
                span,
                "call a base constructor with arguments: `: base(...)`",
            );
            return None;
        }
        let g = MethodGroup {
            cands: accessible.iter().map(|&m| Cand::user(m)).collect(),
            receiver: Some(receiver(self, span)),
            name: self.cx.class_name(base).to_string(),
            type_args: Vec::new(),
            via_type: false,
        };
        let (g, args) = self.init_args(g, args, span)?;
        let res = self.resolve_call(g, args, span, true)?;
        Some(mk(
            ExprKind::Call {
                callee: res.callee,
                receiver: res.receiver,
                args: res.args,
                type_args: Vec::new(),
            },
            Ty::Void,
            span,
        ))
    }
}

/// The arguments of a `: this(...)` or `: base(...)` initializer: checked already, or named
/// (`: base(id, name: "x")`), matched to the chosen constructor's parameters first.
pub(crate) enum InitArgs<'a> {
    Checked(Vec<Expr>),
    Named(&'a [ast::Arg]),
}

impl InitArgs<'_> {
    fn is_empty(&self) -> bool {
        match self {
            InitArgs::Checked(a) => a.is_empty(),
            InitArgs::Named(a) => a.is_empty(),
        }
    }

    fn len(&self) -> usize {
        match self {
            InitArgs::Checked(a) => a.len(),
            InitArgs::Named(a) => a.len(),
        }
    }
}

impl Body<'_, '_> {
    /// The group and arguments `resolve_call` takes for an initializer's constructor call.
    fn init_args(
        &mut self,
        g: MethodGroup,
        args: InitArgs<'_>,
        span: Span,
    ) -> Option<(MethodGroup, Vec<Expr>)> {
        match args {
            InitArgs::Checked(args) => Some((g, args)),
            InitArgs::Named(args) => self.named_args(g, args, span),
        }
    }
}

/// CS0111 for a constructor with the parameters of an earlier one (`prev`).
fn duplicate_constructor(
    cx: &mut Ctx<'_>,
    d: &Decl<'_>,
    c: &ast::ConstructorDecl,
    prev: MethodId,
    hint: &str,
) {
    let prev_span = cx.program.method(prev).name_span;
    cx.diags.push(
        unawait_syntax::Diagnostic::error(
            "CS0111",
            format!(
                "Type '{0}' already defines a member called '{0}' with the same parameter types",
                cx.class_display(d.id)
            ),
            c.name.span,
        )
        .with_label(prev_span, "first defined here")
        .with_hint(hint),
    );
}
