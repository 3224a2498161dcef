//! The program's generic methods: their type parameters (`Ty::Generic`), what constraints
//! allow of them, and the declarations' checks (CS0080, CS0401, CS0449, CS0451, CS0701,
//! CS0702, ...). A generic method's body is checked once, against its type parameters; each
//! list of type arguments a call uses then gets a copy of the checked body with the arguments
//! in (`instantiate.rs`), as .NET compiles value-type instantiations: every later pass sees
//! only ordinary methods.

use std::sync::{Arc, OnceLock};

use unawait_syntax::ast;

use crate::context::Ctx;
use crate::types::Ty;

/// A type parameter of a generic method. It is its declaration (`owner`, one number per
/// generic method) and position: two with the same name in different methods are different
/// types.
pub struct TypeParam {
    pub name: String,
    pub owner: u32,
    pub index: u32,
    /// Set once, after every parameter of the method exists (`where T : IComparer<U>` may
    /// name a later one).
    constraints: OnceLock<Constraints>,
}

/// What a `where` clause says of a type parameter.
#[derive(Clone, Debug, Default)]
pub struct Constraints {
    /// `class`.
    pub is_class: bool,
    /// `struct` (or `unmanaged`).
    pub is_struct: bool,
    /// `new()`.
    pub new: bool,
    /// A class of the program (or library exception class) its arguments derive from.
    pub base: Option<Ty>,
    /// Interfaces its arguments implement.
    pub interfaces: Vec<Ty>,
    /// A constraint was reported: what it would have given is unknown, so no member lookup
    /// on the parameter reports more.
    pub reported: bool,
    /// `IComparable<T>` and `IEquatable<T>` of the parameter itself: its `CompareTo(T)` and
    /// `Equals(T)`, bound per argument (`builtins::COMPARE_T`, `EQUALS_T`).
    pub comparable: bool,
    pub equatable: bool,
}

impl Constraints {
    /// Whether every argument is a reference type: `class`, or a base class.
    pub fn is_reference(&self) -> bool {
        self.is_class || self.base.is_some()
    }
}

impl TypeParam {
    /// Its constraints' types that are generic types of the program (`IShape<T>`).
    fn generic_constraints(&self) -> Vec<Ty> {
        let k = self.constraints();
        k.base
            .iter()
            .chain(&k.interfaces)
            .filter(|t| matches!(t, Ty::Class(_, c) if c.generic.is_some()))
            .cloned()
            .collect()
    }

    /// Whether its `where` clauses have been read.
    pub fn constrained(&self) -> bool {
        self.constraints.get().is_some()
    }

    /// Takes `theirs` (an overridden method's parameter's, with `subst` naming this method's
    /// parameters for that method's) unless its own `where` clause was read.
    pub fn inherit(&self, theirs: &Constraints, subst: &Subst) {
        let mut k = theirs.clone();
        k.base = k.base.map(|t| t.instantiate(subst));
        k.interfaces = k.interfaces.iter().map(|t| t.instantiate(subst)).collect();
        let _ = self.constraints.set(k);
    }

    pub fn constraints(&self) -> &Constraints {
        static NONE: OnceLock<Constraints> = OnceLock::new();
        self.constraints
            .get()
            .unwrap_or_else(|| NONE.get_or_init(Constraints::default))
    }
}

impl PartialEq for TypeParam {
    fn eq(&self, other: &Self) -> bool {
        self.owner == other.owner && self.index == other.index
    }
}
impl Eq for TypeParam {}
impl std::hash::Hash for TypeParam {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        (self.owner, self.index).hash(h)
    }
}
// A constraint may name the parameter itself (`T : IComparable<T>`): print only the name.
impl std::fmt::Debug for TypeParam {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.name)
    }
}

/// A check of how the runtime compares values of an open type (`check_out.rs`'s
/// `check_equality`, `check_sortable`), made again with each instantiation's arguments.
#[derive(Clone, Debug)]
pub struct Deferred {
    pub ty: Ty,
    /// What compares them (the check's own words).
    pub what: String,
    pub span: unawait_syntax::Span,
    /// `check_sortable` (else `check_equality`).
    pub ordering: bool,
}

/// The type arguments of one instantiation, by type parameter.
#[derive(Clone, Debug, Default)]
pub struct Subst {
    pub owner: u32,
    pub args: Vec<Ty>,
}

impl Subst {
    pub fn get(&self, p: &TypeParam) -> Option<Ty> {
        if p.owner != self.owner {
            return None;
        }
        self.args.get(p.index as usize).cloned()
    }
}

/// Declares the type parameters of a generic method: `T` resolves to them while its
/// signature and body are checked. Reports variance (CS1960) and duplicates (CS0692).
pub(crate) fn declare(cx: &mut Ctx<'_>, params: &[ast::TypeParam], variant: bool) -> Vec<Ty> {
    cx.generic_owners += 1;
    let owner = cx.generic_owners;
    let mut out: Vec<Ty> = Vec::new();
    for (i, p) in params.iter().enumerate() {
        if let Some((_, span)) = p.variance.as_ref().filter(|_| !variant) {
            cx.error(
                "CS1960",
                "Invalid variance modifier. Only interface and delegate type parameters can be specified as variant.",
                *span,
                "remove `in`/`out`: only interfaces and delegates have variance",
            );
        }
        if params[..i].iter().any(|q| q.name.name == p.name.name) {
            cx.error(
                "CS0692",
                format!("Duplicate type parameter '{}'", p.name.name),
                p.name.span,
                "give each type parameter its own name",
            );
        }
        out.push(Ty::Generic(Arc::new(TypeParam {
            name: p.name.name.clone(),
            owner,
            index: i as u32,
            constraints: OnceLock::new(),
        })));
    }
    out
}

/// Reads the `where` clauses of a method whose type parameters `params` are in scope.
pub(crate) fn constrain(
    cx: &mut Ctx<'_>,
    params: &[Ty],
    clauses: &[ast::Constraint],
    ns: Option<&str>,
    method: &str,
) {
    let mut all: Vec<Constraints> = vec![Constraints::default(); params.len()];
    for c in clauses {
        let Some(i) = params
            .iter()
            .position(|p| matches!(p, Ty::Generic(t) if t.name == c.param.name))
        else {
            cx.error(
                "CS0699",
                format!(
                    "'{method}' does not define type parameter '{}'",
                    c.param.name
                ),
                c.param.span,
                "name one of the method's type parameters",
            );
            continue;
        };
        let k = &mut all[i];
        for (n, (b, span)) in c.bounds.iter().enumerate() {
            match b {
                ast::ConstraintBound::Class => {
                    first_only(cx, n, "class", *span);
                    k.is_class = true;
                }
                ast::ConstraintBound::Struct | ast::ConstraintBound::Unmanaged => {
                    first_only(cx, n, "struct", *span);
                    k.is_struct = true;
                }
                // Only nullable analysis reads it.
                ast::ConstraintBound::NotNull => {}
                ast::ConstraintBound::New => {
                    if n + 1 != c.bounds.len() {
                        cx.error(
                            "CS0401",
                            "The new() constraint must be the last restrictive constraint specified",
                            *span,
                            "move `new()` to the end of the list",
                        );
                    }
                    if k.is_struct {
                        cx.error(
                            "CS0451",
                            "The 'new()' constraint cannot be used with the 'struct' constraint",
                            *span,
                            "remove `new()`: every struct has a parameterless constructor",
                        );
                    }
                    k.new = true;
                }
                ast::ConstraintBound::Default => cx.error(
                    "CS8823",
                    "The 'default' constraint is valid on override and explicit interface implementation methods only.",
                    *span,
                    "remove `default`",
                ),
                ast::ConstraintBound::Type(t) => {
                    if let Some(which) = self_interface(t, &c.param.name) {
                        match which {
                            "IComparable" => k.comparable = true,
                            _ => k.equatable = true,
                        }
                        continue;
                    }
                    let ty = cx.resolve_type(t, ns);
                    match &ty {
                        Ty::Error => k.reported = true,
                        t if t.is_interface() => k.interfaces.push(ty),
                        Ty::Generic(_) => {
                            k.reported = true;
                            cx.unsupported("a type parameter as a constraint is", *span)
                        }
                        Ty::Class(..) if !ty.is_value_type() => {
                            if n != 0 {
                                cx.error(
                                    "CS0406",
                                    format!("The class type constraint '{ty}' must come before any other constraints"),
                                    *span,
                                    "put the class first in the list",
                                );
                            }
                            k.base = Some(ty);
                        }
                        // An exception class of the library: arguments derive from it.
                        Ty::Lib(..) if ty.is_exception() => {
                            if n != 0 {
                                cx.error(
                                    "CS0406",
                                    format!("The class type constraint '{ty}' must come before any other constraints"),
                                    *span,
                                    "put the class first in the list",
                                );
                            }
                            k.base = Some(ty);
                        }
                        Ty::Object | Ty::String | Ty::Lib(..) if !ty.is_value_type() => {
                            k.reported = true;
                            cx.unsupported(
                                &format!("the library type `{ty}` as a constraint is"),
                                *span,
                            );
                        }
                        _ => cx.error(
                            "CS0701",
                            format!("'{ty}' is not a valid constraint. A type used as a constraint must be an interface, a non-sealed class or a type parameter."),
                            *span,
                            "constrain to an interface or a class the type arguments derive from",
                        ),
                    }
                }
            }
        }
    }
    for (p, k) in params.iter().zip(all) {
        if let Ty::Generic(p) = p {
            let _ = p.constraints.set(k);
        }
    }
}

/// `IComparable<T>` or `IEquatable<T>` of the constrained parameter `T` itself: the name.
fn self_interface<'t>(t: &'t ast::TypeExpr, param: &str) -> Option<&'t str> {
    let ast::TypeExprKind::Named(segs) = &t.kind else {
        return None;
    };
    let last = segs.last()?;
    let qualified = segs.len() == 1 || (segs.len() == 2 && segs[0].name.name == "System");
    let name = last.name.name.as_str();
    let own = matches!(&last.args[..], [a] if a.simple_name() == Some(param));
    (qualified && own && matches!(name, "IComparable" | "IEquatable")).then_some(name)
}

/// `class` and `struct` must come first (CS0449).
fn first_only(cx: &mut Ctx<'_>, n: usize, what: &str, span: unawait_syntax::Span) {
    if n != 0 {
        cx.error(
            "CS0449",
            "The 'class', 'struct', 'unmanaged', 'notnull', and 'default' constraints cannot be combined or duplicated, and must be specified first in the constraints list.",
            span,
            &format!("put `{what}` first"),
        );
    }
}

/// Whether `arg` satisfies the constraints of `param` (CS0452, CS0453, CS0310, CS0311,
/// CS0315): the message when it does not.
/// Whether `arg` satisfies the constraints of `param` (CS0452, CS0453, CS0311, CS0315): the
/// message when it does not. The constraints' types are seen through `map` (a generic type's
/// own parameters, `where T : IShape<T>`, given the arguments checked).
pub(crate) fn violation_with(
    param: &TypeParam,
    arg: &Ty,
    method: &str,
    map: &dyn Fn(&Ty) -> Ty,
) -> Option<(&'static str, String)> {
    let k = param.constraints();
    let name = &param.name;
    if arg.is_error() {
        return None;
    }
    if k.is_class && !arg.is_reference_type() {
        return Some(("CS0452", format!("The type '{arg}' must be a reference type in order to use it as parameter '{name}' in the generic type or method '{method}'")));
    }
    if k.is_struct && (!arg.is_value_type() || arg.nullable_of().is_some()) {
        return Some(("CS0453", format!("The type '{arg}' must be a non-nullable value type in order to use it as parameter '{name}' in the generic type or method '{method}'")));
    }
    if let Some(b) = &k.base.as_ref().map(map) {
        if !arg.derives_from(b) {
            return Some(("CS0311", format!("The type '{arg}' cannot be used as type parameter '{name}' in the generic type or method '{method}'. There is no implicit reference conversion from '{arg}' to '{b}'.")));
        }
    }
    for i in k.interfaces.iter().map(map) {
        let i = &i;
        if arg != i && !arg.implements(i) {
            let code = if arg.is_value_type() {
                "CS0315"
            } else {
                "CS0311"
            };
            let how = if arg.is_value_type() {
                "boxing conversion"
            } else {
                "implicit reference conversion"
            };
            return Some((code, format!("The type '{arg}' cannot be used as type parameter '{name}' in the generic type or method '{method}'. There is no {how} from '{arg}' to '{i}'.")));
        }
    }
    None
}

/// The type parameter named `name` among `scope`.
pub(crate) fn named<'s>(scope: &'s [Ty], name: &str) -> Option<&'s Ty> {
    // The innermost: a generic local function's own `T` hides its method's.
    scope
        .iter()
        .rev()
        .find(|g| matches!(g, Ty::Generic(p) if p.name == name))
}

/// `t` with the type parameters `generics` (one method's) as the `Param`s of its signature,
/// so that overload resolution infers and substitutes them as it does a library method's.
pub(crate) fn as_params(t: &Ty, generics: &[Ty]) -> Ty {
    match t {
        Ty::Generic(p) if generics.iter().any(|g| g == t) => {
            Ty::Param(p.index, p.name.as_str().into())
        }
        Ty::Array(e) => Ty::Array(Box::new(as_params(e, generics))),
        Ty::Lib(l, a) if !a.is_empty() => {
            Ty::Lib(*l, a.iter().map(|x| as_params(x, generics)).collect())
        }
        Ty::Class(..) => t.map_class_args(&|x| as_params(x, generics)),
        _ => t.clone(),
    }
}

impl crate::body::Body<'_, '_> {
    /// Whether the type arguments `args` of a call of generic method `m` satisfy its
    /// constraints; reports the first that does not.
    pub(crate) fn satisfies_constraints(
        &mut self,
        m: crate::hir::MethodId,
        args: &[Ty],
        span: unawait_syntax::Span,
    ) -> bool {
        let Some(params) = self.cx.method_generics.get(&m) else {
            return true;
        };
        let params = params.clone();
        // `where T : IShape<T>`: the constraint with the arguments in.
        let owner = match params.first() {
            Some(Ty::Generic(p)) => p.owner,
            _ => 0,
        };
        let subst = Subst {
            owner,
            args: args.to_vec(),
        };
        for p in &params {
            if let Ty::Generic(p) = p {
                for c in p.generic_constraints() {
                    self.cx.close_mut(&c.instantiate(&subst), span);
                }
            }
        }
        let cx: &Ctx<'_> = self.cx;
        let map = |t: &Ty| cx.close(&t.instantiate(&subst));
        let check = |method: &str| {
            params.iter().zip(args).find_map(|(p, a)| match p {
                Ty::Generic(p) => violation_with(p, a, method, &map)
                    .or_else(|| self.program_violation(p, a, method)),
                _ => None,
            })
        };
        // The method's name only goes into a message: made when there is one.
        let found = check("").map(|_| {
            let method = self.display(&crate::check_call::Cand::user(m));
            check(&method)
        });
        let found = found.flatten();
        match found {
            Some((code, message)) => {
                self.err(
                    code,
                    message,
                    span,
                    "use a type argument that meets the `where` clause",
                );
                false
            }
            None => true,
        }
    }
}

impl crate::body::Body<'_, '_> {
    /// `x.M` on a value of a type parameter: a member of its class constraint, of an
    /// interface constraint, else of `object` (C#'s lookup in the effective base class and
    /// interface set), on the value converted to that type (boxing or not is the argument's
    /// business: `instantiate.rs`).
    pub(crate) fn member_of_type_param(
        &mut self,
        v: crate::hir::Expr,
        p: &TypeParam,
        name: &ast::Ident,
        targs: Vec<Ty>,
        span: unawait_syntax::Span,
    ) -> crate::resolve::Resolved {
        use crate::resolve::Resolved;
        let k = p.constraints().clone();
        if k.reported {
            return Resolved::Value(crate::hir::Expr::error(span));
        }
        let n = name.name.as_str();
        let hidden = match n {
            "CompareTo" if k.comparable => Some(crate::builtins::COMPARE_T),
            "Equals" if k.equatable => Some(crate::builtins::EQUALS_T),
            _ => None,
        };
        if let Some(h) = hidden {
            let lib = crate::builtins::library();
            let cands = lib
                .lookup(crate::builtins::Owner::Object, h)
                .iter()
                .map(|&b| crate::check_call::Cand {
                    callee: crate::hir::Callee::Builtin(b),
                    owner_args: Vec::new(),
                    level: 0,
                })
                .collect();
            return Resolved::Methods(crate::check_call::MethodGroup {
                cands,
                receiver: Some(Box::new(v.clone())),
                name: n.to_string(),
                type_args: vec![v.ty.clone()],
                via_type: false,
            });
        }
        let via = k.base.iter().chain(&k.interfaces).find(|t| match t {
            Ty::Class(id, _) => self.class_declares(*id, n),
            // A library exception class: its members (`Message`).
            Ty::Lib(..) => !crate::resolve_value::lookup_members(t, n).is_empty(),
            _ => false,
        });
        let target = match via {
            Some(t) => t.clone(),
            None if !crate::resolve_value::lookup_members(&Ty::Object, n).is_empty() => Ty::Object,
            None => {
                let t = &p.name;
                self.err(
                    "CS1061",
                    format!("'{t}' does not contain a definition for '{n}' and no accessible extension method '{n}' accepting a first argument of type '{t}' could be found (are you missing a using directive or an assembly reference?)"),
                    name.span,
                    "a type parameter has the members of its constraints (`where T : ...`) and of `object`",
                );
                return Resolved::Value(crate::hir::Expr::error(span));
            }
        };
        let c = crate::convert::implicit(&v.ty, &target).flatten();
        let v = crate::convert::apply(v, c, &target);
        self.member_of_value(v, name, targs, span)
    }

    /// The constraints whose check needs the program's classes: `new()` (CS0310),
    /// `IComparable<T>` and `IEquatable<T>` of the argument itself (CS0315, CS0311).
    fn program_violation(
        &self,
        p: &TypeParam,
        arg: &Ty,
        method: &str,
    ) -> Option<(&'static str, String)> {
        program_violation(&self.cx.program, p, arg, method)
    }
}

/// The constraints whose check needs the program's classes: `new()` (CS0310),
/// `IComparable<T>` and `IEquatable<T>` of the argument itself (CS0315, CS0311).
pub(crate) fn program_violation(
    program: &crate::hir::Program,
    p: &TypeParam,
    arg: &Ty,
    method: &str,
) -> Option<(&'static str, String)> {
    {
        let k = p.constraints();
        let name = &p.name;
        let class = match arg {
            Ty::Class(id, _) => Some(program.class(*id)),
            _ => None,
        };
        // A type parameter of the caller meets a constraint its own constraints imply.
        let caller = match arg {
            Ty::Generic(q) => Some(q.constraints()),
            _ => None,
        };
        if k.new {
            let ok = match (class, caller) {
                (_, Some(q)) => q.new || q.is_struct,
                (Some(c), _) => {
                    c.kind == crate::hir::ClassKind::Struct
                        || (!c.is_abstract
                            && c.kind == crate::hir::ClassKind::Class
                            && parameterless_ctor(program, arg).is_some())
                }
                // A library type with a constructor taking nothing (`List<int>`, `object`).
                (None, None) => arg.is_value_type() || library_new(arg).is_some(),
            };
            if !ok && !arg.is_error() {
                return Some(("CS0310", format!("'{arg}' must be a non-abstract type with a public parameterless constructor in order to use it as parameter '{name}' in the generic type or method '{method}'")));
            }
        }
        for (wanted, iface, own) in [
            (
                k.comparable,
                "IComparable",
                class.map(|c| c.comparable.is_some()),
            ),
            (
                k.equatable,
                "IEquatable",
                class.map(|c| c.equatable.is_some()),
            ),
        ] {
            let ok = match (caller, iface) {
                (Some(q), "IComparable") => q.comparable,
                (Some(q), _) => q.equatable,
                _ => own.unwrap_or_else(|| primitive_self_interface(arg)),
            };
            if wanted && !ok && !arg.is_error() {
                let (code, how) = if arg.is_value_type() {
                    ("CS0315", "boxing conversion")
                } else {
                    ("CS0311", "implicit reference conversion")
                };
                return Some((code, format!("The type '{arg}' cannot be used as type parameter '{name}' in the generic type or method '{method}'. There is no {how} from '{arg}' to 'System.{iface}<{arg}>'.")));
            }
        }
        None
    }
}

impl crate::body::Body<'_, '_> {
    /// What a value of a type parameter constrained to a type of the program (or whose
    /// constraint was reported) would allow through that type and unawait does not follow
    /// yet (indexers, operators, `foreach`, ...): UA0100 rather than C#'s error for a type
    /// without it. Whether `ty` is such a parameter (reported, or silent after a reported
    /// constraint).
    pub(crate) fn type_param_gap(
        &mut self,
        ty: &Ty,
        what: &str,
        span: unawait_syntax::Span,
    ) -> bool {
        let Ty::Generic(p) = ty else { return false };
        let k = p.constraints();
        if k.reported {
            return true;
        }
        if k.base.is_none() && k.interfaces.is_empty() {
            return false;
        }
        self.cx.unsupported(
            &format!("{what} on a value of type parameter `{ty}` (through its constraints) are"),
            span,
        );
        true
    }

    /// `new T()`: allowed by a `new()` or `struct` constraint, without arguments (CS0304,
    /// CS0417); each instantiation makes the argument's own object or default.
    pub(crate) fn new_type_param(
        &mut self,
        p: &TypeParam,
        ty: Ty,
        args: &[ast::Arg],
        init: Option<&[ast::Expr]>,
        span: unawait_syntax::Span,
    ) -> crate::hir::Expr {
        use crate::hir::{Callee, Expr, ExprKind};
        self.args(args);
        let k = p.constraints();
        if k.reported {
            return Expr::error(span);
        }
        if !k.new && !k.is_struct {
            self.err(
                "CS0304",
                format!("Cannot create an instance of the variable type '{}' because it does not have the new() constraint", p.name),
                span,
                "add `where T : new()` to the method",
            );
            return Expr::error(span);
        }
        if !args.is_empty() {
            self.err(
                "CS0417",
                format!(
                    "'{}': cannot provide arguments when creating an instance of a variable type",
                    p.name
                ),
                span,
                "`new T()` takes no arguments: set the object's members after creating it",
            );
            return Expr::error(span);
        }
        if init.is_some() {
            self.cx
                .unsupported("an object initializer on `new T()` is", span);
            return Expr::error(span);
        }
        let lib = crate::builtins::library();
        let Some(&b) = lib
            .lookup(crate::builtins::Owner::Object, crate::builtins::NEW_T)
            .first()
        else {
            return Expr::error(span);
        };
        let kind = ExprKind::Call {
            callee: Callee::Builtin(b),
            receiver: None,
            args: Vec::new(),
            type_args: vec![ty.clone()],
        };
        crate::check_expr::mk(kind, ty, span)
    }

    /// `x == null` with `x` of a type parameter that may be a value type: C# compares the
    /// value as an `object` (false for a value type): the operands to compare, `x` as `object`.
    pub(crate) fn type_param_vs_null(
        &self,
        l: &crate::hir::Expr,
        r: &crate::hir::Expr,
    ) -> Option<(crate::hir::Expr, crate::hir::Expr)> {
        let as_object = |e: &crate::hir::Expr| {
            let c = crate::convert::implicit(&e.ty, &Ty::Object).flatten();
            crate::convert::apply(e.clone(), c, &Ty::Object)
        };
        match (&l.ty, &r.ty) {
            (Ty::Generic(p), Ty::Null) if !p.constraints().is_struct => {
                Some((as_object(l), r.clone()))
            }
            (Ty::Null, Ty::Generic(p)) if !p.constraints().is_struct => {
                Some((l.clone(), as_object(r)))
            }
            _ => None,
        }
    }

    /// Whether class `id`, a base class of it or an interface it extends declares `name`.
    fn class_declares(&self, id: crate::hir::ClassId, name: &str) -> bool {
        self.cx.find_member(id, name).is_some()
    }
}

/// The library's types that implement `IComparable<T>` and `IEquatable<T>` of themselves:
/// the constant types but enums (the program's enums compare as their numbers elsewhere).
fn primitive_self_interface(t: &Ty) -> bool {
    t.is_const_type() && !t.is_enum()
}

/// The parameterless constructor of class `t`, if it has one (declared or C#'s implicit one).
pub(crate) fn parameterless_ctor(
    program: &crate::hir::Program,
    t: &Ty,
) -> Option<crate::hir::MethodId> {
    let Ty::Class(id, _) = t else { return None };
    program.class(*id).methods.iter().copied().find(|&m| {
        let m = program.method(m);
        m.kind == crate::hir::MethodKind::Constructor && !m.is_static && m.params.is_empty()
    })
}

/// The constructor taking nothing of a library type (`List<int>`, `object`, `StringBuilder`):
/// what `new T()` runs for it.
pub(crate) fn library_new(t: &Ty) -> Option<crate::builtins::BuiltinId> {
    if !matches!(t, Ty::Lib(..) | Ty::Object | Ty::String) {
        return None;
    }
    let lib = crate::builtins::library();
    crate::resolve_value::lookup_members(t, ".ctor")
        .into_iter()
        .filter(|c| c.level == 0)
        .map(|c| c.callee_builtin())
        .find(|&b| lib.get(b).params.is_empty())
}
