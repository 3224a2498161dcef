//! What the whole checker shares: the HIR being built, the member tables of user classes, the
//! imported namespaces and the diagnostics sink. Type names are resolved against all of them in
//! resolve_type.rs.

use std::collections::{HashMap, HashSet};
use unawait_syntax::fx::Fx;

use unawait_syntax::ast;
use unawait_syntax::{Diagnostic, Span};

use crate::constants::ConstValue;
use crate::hir::{ClassId, FieldId, MethodId, Program};
use crate::types::Ty;

/// The namespaces a Tier 1 program may import.
pub const ALLOWED_NAMESPACES: &[&str] = &[
    "System",
    "System.Threading",
    "System.Threading.Tasks",
    "System.Collections.Generic",
    // For the non-generic `IEnumerable`/`IEnumerator` a class implementing the generic ones
    // names (user_enumerables.rs).
    "System.Collections",
    "System.Linq",
    "System.Diagnostics",
    "System.Text",
    "System.Runtime.CompilerServices",
];

/// What a call needs to know of a method's parameters beyond their types.
#[derive(Clone, Debug, Default)]
pub struct UserParams {
    /// The last parameter is `params T[]`.
    pub params_array: bool,
    /// Each parameter's default value (optional parameters), already of the parameter's type.
    pub defaults: Vec<Option<crate::constants::ConstValue>>,
    /// The parameters' names (for named arguments: a method's locals are not in the program
    /// while its body is checked).
    pub names: Vec<String>,
    /// Each parameter's `ref`/`out`/`in`.
    pub refs: Vec<Option<crate::hir::RefKind>>,
}

#[derive(Clone, Default)]
pub struct Diags {
    pub list: Vec<Diagnostic>,
    /// The same error at the same place is reported once (a name resolved twice, an expression
    /// checked in two roles); a set keeps that linear.
    seen: HashSet<(&'static str, u32, u32)>,
    /// Set while an instance of a generic type is declared or checked (generic_classes.rs):
    /// its C# diagnostics are the template's, reported there, so they are set aside; an error
    /// only the instance has becomes one UA0100.
    pub quiet: Option<String>,
    pub suppressed: Vec<(String, Diagnostic)>,
}

impl Diags {
    /// Drops the diagnostics from the `n`th on (a speculative binding's).
    pub fn truncate(&mut self, n: usize) {
        for d in self.list.drain(n.min(self.list.len())..) {
            let s = d.span();
            self.seen.remove(&(d.code, s.start, s.end));
        }
    }

    pub fn push(&mut self, d: Diagnostic) {
        if let Some(instance) = &self.quiet {
            if !d.code.starts_with("UA") {
                if d.is_error() {
                    self.suppressed.push((instance.clone(), d));
                }
                return;
            }
        }
        let s = d.span();
        if self.seen.insert((d.code, s.start, s.end)) {
            self.list.push(d);
        }
    }
}

#[derive(Clone, Debug)]
pub enum ClassMember {
    Field(FieldId),
    Methods(Vec<MethodId>),
    Property(Prop),
    /// An event with `add` and `remove` accessors (events.rs).
    Event(CustomEvent),
    /// A property, nested type, ... reported as unsupported: uses resolve silently to `Error`.
    Unsupported(Span),
}

/// An event declared with `add` and `remove` accessors: `+=` and `-=` call them; it has no
/// value of its own (CS0079 anywhere else).
#[derive(Clone, Debug)]
pub struct CustomEvent {
    pub name: String,
    pub ty: Ty,
    pub is_static: bool,
    pub add: MethodId,
    pub remove: MethodId,
    pub private: bool,
    pub protected: bool,
    pub span: Span,
}

/// A property of a user class. An auto-property (`{ get; set; }`) is its hidden backing field,
/// read and written in place as C#'s JIT inlines its accessors; a property with bodies has
/// accessor methods.
#[derive(Clone, Debug)]
pub struct Prop {
    pub name: String,
    pub ty: Ty,
    pub is_static: bool,
    pub backing: Option<FieldId>,
    pub getter: Option<MethodId>,
    pub setter: Option<MethodId>,
    /// An auto-property with a `set` (or `init`) accessor; without one it is assignable only in
    /// a constructor (or initializer) of its class.
    pub auto_settable: bool,
    /// Its setter is `init`: assignable only in an object initializer or a constructor of its
    /// class (on `this`), CS8852 elsewhere.
    pub init_only: bool,
    pub private: bool,
    pub protected: bool,
    /// The backing field of a get-only auto-property whose reads are calls (a virtual one): a
    /// constructor of its class assigns it.
    pub ctor_backing: Option<FieldId>,
    /// An auto-property whose `set` is narrowed (`private set;`), to derived classes too when
    /// `set_protected` (`protected set;`).
    pub set_private: bool,
    pub set_protected: bool,
    pub span: Span,
}

/// Where a method's body comes from: a block or `=> expr` of the source, or nothing for the
/// constructor C# supplies to a class that declares none.
#[derive(Clone, Copy, Debug)]
pub enum BodySrc<'a> {
    Body(&'a ast::Body),
    Expr(&'a ast::Expr),
    ImplicitCtor,
    /// The accessors C# writes for an auto-property that is virtual or implements an
    /// interface's property: they read and write its backing field.
    AutoGet(FieldId),
    AutoSet(FieldId),
    /// The accessors C# writes for a field-like event that implements an interface's event:
    /// they combine `value` into its field and remove it.
    EventAdd(FieldId),
    EventRemove(FieldId),
}

#[derive(Clone, Debug)]
pub enum ConstState {
    NotConst,
    Pending,
    InProgress,
    Done(Option<ConstValue>),
}

#[derive(Clone)]
pub struct Ctx<'a> {
    pub program: Program,
    /// The methods whose bodies have lambdas, for closure conversion (closures/).
    pub lambda_methods: Vec<MethodId>,
    /// Lambdas left without a delegate type (check_lambda.rs `report_unbound`).
    pub unbound_lambdas: Vec<unawait_syntax::Span>,
    pub diags: Diags,
    pub imports: HashSet<String>,
    /// Namespaces declared in the file (and their prefixes).
    pub user_namespaces: HashSet<String>,
    pub classes_by_name: HashMap<String, Vec<ClassId>, Fx>,
    /// Per class: member name to field or method overloads.
    pub members: Vec<HashMap<String, ClassMember, Fx>>,
    pub field_inits: Vec<Option<&'a ast::Expr>>,
    /// An enum member without a value: the member before it (its value plus one), or none
    /// (0).
    pub enum_prev: HashMap<FieldId, Option<FieldId>>,
    /// The enum whose member's value is being evaluated: its members read as `int`s there.
    pub enum_init: Option<ClassId>,
    pub const_state: Vec<ConstState>,
    pub method_bodies: Vec<Option<BodySrc<'a>>>,
    /// A constructor's `: this(...)`/`: base(...)` initializer, by method.
    pub ctor_inits: HashMap<MethodId, &'a (ast::Ident, Vec<ast::Arg>)>,
    /// Members declared `protected`: visible in derived classes too.
    pub protected_methods: HashSet<MethodId>,
    pub protected_fields: HashSet<FieldId>,
    /// Methods declared `new`: they hide a base's method on purpose (no CS0108).
    pub hiding: HashSet<MethodId>,
    /// `abstract override` methods: they fill a slot a derived class must override.
    pub abstract_methods: HashSet<MethodId>,
    /// Per class: its static constructor, when it declares one.
    pub static_ctors: HashMap<ClassId, MethodId>,
    /// Per class: its base class of the program, when it derives from one.
    pub class_bases: Vec<Option<ClassId>>,
    /// Classes with explicit interface implementations (reported): what they implement is not
    /// known by name.
    pub explicit_implementers: HashSet<ClassId>,
    /// Explicit interface implementations (`void IFoo.M()`, the accessors of `int IFoo.P`):
    /// the interface each names.
    pub explicit_impls: HashMap<MethodId, ClassId>,
    /// The accessors of a virtual or override field-like event, keyed by its field: `+=` and
    /// `-=` call them (through the vtable) rather than combining into the field.
    pub virtual_events: HashMap<FieldId, CustomEvent>,
    /// `void IDisposable.Dispose()` of a class.
    pub explicit_dispose: HashMap<ClassId, MethodId>,
    /// Classes whose base list names `IDisposable`.
    pub disposable: HashSet<ClassId>,
    /// Classes whose base list names `IAsyncDisposable`.
    pub async_disposable: HashSet<ClassId>,
    /// The library's iteration interfaces each class's base list names (user_enumerables.rs).
    pub iteration: crate::user_enumerables::Iteration,
    /// Classes and structs whose base list names `INotifyCompletion` (false) or
    /// `ICriticalNotifyCompletion` (true).
    pub notify_completion: HashMap<ClassId, bool>,
    /// Classes and structs whose base list names `IEquatable<T>` of themselves.
    pub equatable: HashSet<ClassId>,
    /// Classes and structs whose base list names `IComparable<T>` of themselves.
    pub comparable: HashSet<ClassId>,
    /// Interface methods with a body (reported): a class need not implement them.
    pub default_interface_methods: HashSet<MethodId>,
    /// Per class or interface: the interfaces its base list names.
    pub class_interfaces: HashMap<ClassId, Vec<ClassId>>,
    /// `sealed override` methods (CS0239 for an override of one).
    pub sealed_methods: HashSet<MethodId>,
    /// The accessibility each method of a class declares (`public`, `protected`, ...).
    pub declared_access: HashMap<MethodId, &'static str>,
    /// How C# names property accessors in messages (`C.X`), by accessor method.
    pub accessor_names: HashMap<MethodId, String>,
    /// Per class: the library exception class it derives from directly.
    pub lib_bases: std::collections::HashMap<ClassId, Ty>,
    /// Per class: its instance constructors (declared, or the implicit one).
    pub ctors: Vec<Vec<MethodId>>,
    /// The property a read resolves through: by backing field (auto-properties) or by getter.
    pub props_by_field: HashMap<FieldId, Prop>,
    pub props_by_getter: HashMap<MethodId, Prop>,
    /// Classes whose construction was reported with the class (a primary constructor): a
    /// `new` of them draws nothing more.
    pub unmodelled_ctors: HashSet<ClassId>,
    /// Accessible only inside their own class (`private`, the default, or `protected`): C#
    /// reports CS0122 for uses from another class.
    pub method_private: Vec<bool>,
    pub field_private: Vec<bool>,
    /// Classes whose members are not checked (structs, interfaces, ... reported as unsupported).
    pub skipped_classes: HashSet<ClassId>,
    /// The program's generic classes, structs and interfaces and their instances.
    pub(crate) gclasses: crate::generic_classes::GenericClasses<'a>,
    /// The type parameters in scope (`Ty::Generic`): a generic method's, while its signature
    /// or body is checked.
    pub generic_scope: Vec<Ty>,
    /// How many generic methods were declared (each one's type parameters carry its number).
    pub generic_owners: u32,
    /// The type parameters of each generic method of the program.
    pub method_generics: HashMap<MethodId, Vec<Ty>>,
    /// Checks of how the runtime compares values of a type, met with a type parameter:
    /// made again for each instantiation (`instantiate.rs`).
    pub deferred_checks: Vec<crate::generics::Deferred>,
    /// How many UA0100/UA0102 were reported: a body that reported one has parts the HIR does not
    /// contain, so flow analysis (CS0161, CS0165, CS0162) and CS1998 would be guesses.
    pub unsupported_count: usize,
    /// The file has `yield` statements (check_iterator.rs: `foreach` over an interface then
    /// disposes its enumerator).
    pub has_yield: bool,
    /// Generic local functions (local_generics.rs): each one's method, which only calls and
    /// method groups name (its type parameters are `method_generics`'), by the method whose
    /// body declares it and its local there.
    pub local_generic: HashMap<MethodId, HashMap<crate::hir::LocalId, MethodId>>,
    /// Those methods, and the local each stands for.
    pub local_generic_fns: HashMap<MethodId, crate::hir::LocalId>,
    /// Methods declared with `params` or optional parameters (UA0102): a call's argument count
    /// cannot be checked against them without cascading errors.
    pub loose_arity: HashSet<MethodId>,
    /// The parameter names, `params` array and optional parameters' default values of the
    /// program's methods.
    pub user_params: HashMap<MethodId, UserParams>,
    /// Default values that are not literals (`int max = int.MaxValue`, `n = Limit * 2`): the
    /// method, the parameter's index, the expression, the parameter's type and the class whose
    /// scope names are looked up in. Folded once every member is declared.
    pub deferred_defaults: Vec<(MethodId, usize, ast::Expr, Ty, ClassId)>,
    /// Each constructor's `: this(...)` target, as bodies are checked (CS0768 finds cycles).
    pub this_calls: HashMap<MethodId, MethodId>,
    /// The file has top-level statements (C# 9): they are the entry point, so no `Main` is
    /// required.
    pub top_level_statements: bool,
    /// Whether the program has an entry point cannot be known: a `Main` in a type whose members
    /// are not checked (a struct, a generic class, ...).
    pub entry_point_unknown: bool,
    /// Per class: how many type parameters it declares (C# tells `Box` and `Box<T>` apart).
    pub class_arity: Vec<usize>,
    /// Classes with a base list: a simple name may denote an inherited member.
    pub inherits: HashSet<ClassId>,
    /// User types whose conversions and operators are not modelled (structs, interfaces,
    /// records, enums, generic classes, classes in an inheritance relation or declaring
    /// operators): they resolve to `Error` as types, so their values draw no diagnostic.
    pub opaque: HashSet<ClassId>,
    /// Names of the types declared where sema does not model them (nested types, delegate
    /// types, `using` aliases): each declaration was reported, their uses resolve to `Error`.
    pub unsupported_types: HashSet<String>,
    /// The program's `delegate` declarations, by the class each declares (delegates.rs).
    pub delegate_decls: Vec<(ClassId, &'a unawait_syntax::ast::DelegateDecl)>,
    /// Fields whose initializers have lambdas: each constructor checks them again
    /// (field_lambdas.rs).
    pub lambda_inits: HashSet<crate::hir::FieldId>,
    /// Names of the program's extension methods (reported where declared): calls of them on a
    /// library type draw nothing more.
    pub extension_methods: HashSet<String>,
    /// The program's extension methods that sema models, by name: `x.M(a)` with no member
    /// `M` on `x`'s type calls one of them as `M(x, a)`.
    pub extension_targets: HashMap<String, Vec<MethodId>>,
    /// Types of `using static` directives whose static members are simple names.
    pub static_imports: Vec<Ty>,
    /// A `using static` of a type outside the language (reported): a simple name found nowhere
    /// else may be one of its members, so it draws no CS0103.
    pub opaque_static_import: bool,
    /// The type whose declaration or body is being checked: nested types are named by their
    /// simple name inside it (and inside the types it is nested in). Set by `collect` while
    /// declaring a class's members and by `Body` (restored when the body is dropped).
    pub type_scope: Option<ClassId>,
    /// Nested types declared without `public` or `internal`: only code inside their outer type
    /// may name them (CS0122).
    pub private_nested: HashSet<ClassId>,
    /// Those of them declared `protected`: derived classes of the outer type may name them.
    pub protected_nested: HashSet<ClassId>,
    /// Per class: the getters of the indexers it declares (indexers.rs); `props_by_getter`
    /// has each one's setter.
    pub indexers: HashMap<ClassId, Vec<MethodId>>,
    /// Per class: its user-defined operators and conversions (operators.rs), as methods named
    /// `op_Addition`, `op_Implicit`, ...; `operator_names` has each one as C# shows it.
    pub operators: HashMap<ClassId, Vec<MethodId>>,
    pub operator_names: HashMap<MethodId, String>,
    /// Classes with an operator declaration reported and left out: an operator on their
    /// values that finds no operator draws nothing more.
    pub broken_operators: HashSet<ClassId>,
    /// The anonymous types made so far, by their properties' names and types: the class and
    /// its constructor (anonymous_types.rs).
    pub anonymous_types: HashMap<Vec<(String, Ty)>, (ClassId, MethodId)>,
    /// The lists of property names met so far: Roslyn numbers its anonymous classes by them.
    pub anonymous_names: Vec<Vec<String>>,
}

impl<'a> Ctx<'a> {
    /// Whether two methods take the same parameters by reference, with the same modifiers
    /// (overriding and implementing need both the types and the modifiers).
    /// A method's parameter types as C# shows them in messages (`ref int`, `out string`).
    pub fn param_display(&self, m: MethodId) -> Vec<String> {
        let refs = self
            .user_params
            .get(&m)
            .map(|u| u.refs.as_slice())
            .unwrap_or(&[]);
        self.program
            .method(m)
            .param_types
            .iter()
            .enumerate()
            .map(|(i, t)| match refs.get(i).copied().flatten() {
                Some(k) => format!("{} {t}", k.keyword()),
                None => t.to_string(),
            })
            .collect()
    }

    pub fn same_refs(&self, a: MethodId, b: MethodId) -> bool {
        let refs = |m: MethodId| self.user_params.get(&m).map(|u| u.refs.as_slice());
        let (x, y) = (refs(a), refs(b));
        let none = |r: Option<&[Option<crate::hir::RefKind>]>| {
            r.is_none_or(|r| r.iter().all(|k| k.is_none()))
        };
        x == y || (none(x) && none(y))
    }

    pub fn new() -> Self {
        Ctx {
            program: Program::default(),
            diags: Diags::default(),
            imports: HashSet::new(),
            user_namespaces: HashSet::new(),
            classes_by_name: HashMap::default(),
            members: Vec::new(),
            field_inits: Vec::new(),
            enum_prev: HashMap::new(),
            enum_init: None,
            const_state: Vec::new(),
            method_bodies: Vec::new(),
            ctor_inits: HashMap::new(),
            ctors: Vec::new(),
            class_bases: Vec::new(),
            static_ctors: HashMap::new(),
            abstract_methods: HashSet::new(),
            lib_bases: HashMap::new(),
            class_interfaces: HashMap::new(),
            sealed_methods: HashSet::new(),
            declared_access: HashMap::new(),
            accessor_names: HashMap::new(),
            default_interface_methods: HashSet::new(),
            disposable: HashSet::new(),
            async_disposable: HashSet::new(),
            iteration: Default::default(),
            notify_completion: HashMap::new(),
            equatable: HashSet::new(),
            comparable: HashSet::new(),
            explicit_implementers: HashSet::new(),
            explicit_impls: HashMap::new(),
            virtual_events: HashMap::new(),
            explicit_dispose: HashMap::new(),
            hiding: HashSet::new(),
            protected_methods: HashSet::new(),
            protected_fields: HashSet::new(),
            props_by_field: HashMap::new(),
            props_by_getter: HashMap::new(),
            unmodelled_ctors: HashSet::new(),
            method_private: Vec::new(),
            field_private: Vec::new(),
            skipped_classes: HashSet::new(),
            gclasses: Default::default(),
            generic_scope: Vec::new(),
            generic_owners: 0,
            method_generics: HashMap::new(),
            deferred_checks: Vec::new(),
            unsupported_count: 0,
            has_yield: false,
            local_generic: HashMap::new(),
            local_generic_fns: HashMap::new(),
            lambda_methods: Vec::new(),
            unbound_lambdas: Vec::new(),
            loose_arity: HashSet::new(),
            user_params: HashMap::new(),
            deferred_defaults: Vec::new(),
            this_calls: HashMap::new(),
            top_level_statements: false,
            entry_point_unknown: false,
            class_arity: Vec::new(),
            inherits: HashSet::new(),
            opaque: HashSet::new(),
            unsupported_types: HashSet::new(),
            delegate_decls: Vec::new(),
            lambda_inits: HashSet::new(),
            extension_methods: HashSet::new(),
            extension_targets: HashMap::new(),
            static_imports: Vec::new(),
            opaque_static_import: false,
            type_scope: None,
            private_nested: HashSet::new(),
            protected_nested: HashSet::new(),
            indexers: HashMap::new(),
            operators: HashMap::new(),
            operator_names: HashMap::new(),
            broken_operators: HashSet::new(),
            anonymous_types: HashMap::new(),
            anonymous_names: Vec::new(),
        }
    }

    pub fn error(&mut self, code: &'static str, msg: impl Into<String>, span: Span, hint: &str) {
        let mut d = Diagnostic::error(code, msg, span);
        if !hint.is_empty() {
            d = d.with_hint(hint);
        }
        self.diags.push(d);
    }

    /// "`X` is not supported yet" (Tier 2/3 constructs).
    pub fn unsupported(&mut self, what: &str, span: Span) {
        self.unsupported_count += 1;
        self.diags.push(
            Diagnostic::error("UA0100", format!("{what} not supported yet"), span)
                .with_primary("not supported yet")
                .with_hint("unawait implements Tier 1 and part of Tier 2 today; docs/language.md lists what"),
        );
    }

    /// Constructs no tier of unawait's language has.
    pub fn outside(&mut self, what: &str, span: Span) {
        self.unsupported_count += 1;
        self.diags.push(
            Diagnostic::error(
                "UA0102",
                format!("{what} not part of unawait's language"),
                span,
            )
            .with_primary("outside unawait's language")
            .with_hint("rewrite it with the constructs listed in docs/language.md"),
        );
    }

    /// A member's accessibility from the modifiers: public or internal are visible everywhere.
    pub fn is_private(mods: &ast::Modifiers) -> bool {
        !mods.has(ast::Modifier::Public) && !mods.has(ast::Modifier::Internal)
    }

    /// An accessor narrowed by its own modifier (`private set;`, `protected set;`; one program
    /// is one assembly, so `protected internal` narrows nothing).
    pub fn is_private_accessor(mods: &ast::Modifiers) -> bool {
        mods.has(ast::Modifier::Private)
            || (mods.has(ast::Modifier::Protected) && !mods.has(ast::Modifier::Internal))
    }

    /// An accessor that derived classes may use (`protected set;`, `private protected set;`).
    pub fn is_protected_accessor(mods: &ast::Modifiers) -> bool {
        mods.has(ast::Modifier::Protected) && !mods.has(ast::Modifier::Internal)
    }

    /// The type of class `c`, with its base classes as far as they are known.
    pub fn class_ty(&self, c: ClassId) -> Ty {
        self.class_ty_depth(c, 0)
    }

    /// `class_ty`, bounded so that a cycle (reported as CS0146) ends.
    fn class_ty_depth(&self, c: ClassId, depth: usize) -> Ty {
        if self.program.class(c).kind == crate::hir::ClassKind::Enum {
            return Ty::Enum(
                c,
                std::sync::Arc::new(crate::types::EnumRef {
                    name: self.class_display(c),
                    underlying: self.program.class(c).enum_underlying.clone(),
                }),
            );
        }
        let base = match self.class_bases.get(c.0 as usize).copied().flatten() {
            Some(b) if depth < 64 && b != c => Some(self.class_ty_depth(b, depth + 1)),
            _ => self.lib_bases.get(&c).cloned(),
        };
        Ty::Class(
            c,
            std::sync::Arc::new(crate::types::ClassRef {
                name: self.class_display(c),
                base,
                is_interface: self.program.class(c).kind == crate::hir::ClassKind::Interface,
                is_struct: self.program.class(c).kind == crate::hir::ClassKind::Struct,
                interfaces: self.all_interfaces(c),
                disposable: self.implements_disposable(c),
                lib_interfaces: self.iteration.interfaces_of(self, c),
                delegate: self.program.class(c).delegate.clone(),
                open: self.program.class(c).open,
                generic: self
                    .program
                    .class(c)
                    .generic
                    .as_ref()
                    .map(|g| (g.template, g.args.clone().into())),
                variance: self
                    .program
                    .class(c)
                    .generic
                    .as_ref()
                    .map_or_else(|| Vec::new().into(), |g| g.variance.clone()),
                generic_interfaces: self
                    .all_interfaces(c)
                    .iter()
                    .filter_map(|&i| self.program.class(i).generic.as_ref())
                    .map(|g| (g.template, g.args.clone().into()))
                    .collect(),
            }),
        )
    }

    pub fn class_name(&self, c: ClassId) -> &str {
        &self.program.class(c).name
    }
}
