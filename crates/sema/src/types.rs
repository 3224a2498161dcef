//! Types of the whole language scope. Library types are one enum (`Lib`) with their C# names,
//! namespaces, tiers and base types in one table, so type resolution, member lookup, conversions and
//! printing all read the same facts.

use std::fmt;
use std::sync::Arc;

use crate::hir::ClassId;

/// What a class type carries besides its id: the name it prints as, and its base class (the
/// conversions and member lookups walk it without the program's tables).
#[derive(Debug)]
pub struct ClassRef {
    pub name: String,
    pub base: Option<Ty>,
    pub is_interface: bool,
    /// A struct of the program: a value type (copied on assignment, boxed to `object`).
    pub is_struct: bool,
    /// Every interface it implements (or, for an interface, extends), through its bases too.
    pub interfaces: Vec<ClassId>,
    /// It implements `IDisposable`, itself or through a base class.
    pub disposable: bool,
    /// The library's iteration interfaces it implements (`IEnumerable<T>`, ...), through its
    /// bases too (user_enumerables.rs).
    pub lib_interfaces: Vec<Ty>,
    /// A `delegate` type of the program: what its `Invoke` takes and returns.
    pub delegate: Option<std::sync::Arc<DelegateSig>>,
    /// A generic type's instance whose arguments name type parameters (or its template):
    /// an instantiation of the code that uses it names another class.
    pub open: bool,
    /// A generic type's template or instance: the template's class and the type arguments.
    /// A signature's substitution (`subst`, `instantiate`) rewrites the arguments in place,
    /// keeping the class; `Ctx::close` then names the instance for them.
    pub generic: Option<(ClassId, Arc<[Ty]>)>,
    /// The generic type's variance per type parameter (`ClassGeneric::variance`).
    pub variance: Arc<[i8]>,
    /// Its interfaces that are generic types of the program, as (template, arguments): what
    /// inference reads (`IHandler<T>` from a class implementing `IHandler<int>`).
    pub generic_interfaces: Vec<(ClassId, Arc<[Ty]>)>,
}

/// The signature of a program's `delegate` type.
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct DelegateSig {
    pub params: Vec<Ty>,
    pub ret: Ty,
}

// A class is its id: two types of the same class are equal whatever was known of its base
// when each was made.
impl PartialEq for ClassRef {
    fn eq(&self, other: &Self) -> bool {
        // A substitution may change a generic type's arguments without changing how they
        // print (`T` of a method's type parameter, then the signature's `Param` `T`).
        self.name == other.name && self.generic == other.generic
    }
}
impl Eq for ClassRef {}
impl std::hash::Hash for ClassRef {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        self.name.hash(h)
    }
}
impl std::ops::Deref for ClassRef {
    type Target = str;
    fn deref(&self) -> &str {
        &self.name
    }
}
impl fmt::Display for ClassRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name)
    }
}

/// What an enum type carries besides its id: the name it prints as, and its underlying type
/// (`int`, `long`, or a small integer).
#[derive(Debug)]
pub struct EnumRef {
    pub name: String,
    pub underlying: Ty,
}

// An enum is its id (as a class is).
impl PartialEq for EnumRef {
    fn eq(&self, other: &Self) -> bool {
        self.name == other.name
    }
}
impl Eq for EnumRef {}
impl std::hash::Hash for EnumRef {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        self.name.hash(h)
    }
}
impl fmt::Display for EnumRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Ty {
    /// Recovery: an expression of this type never causes a further diagnostic.
    Error,
    Void,
    /// The type of the `null` literal before it is converted.
    Null,
    Int,
    Long,
    Bool,
    Double,
    /// A UTF-16 code unit: 16-bit unsigned, an `int` at the machine level (lower masks it).
    Char,
    /// `byte`, `sbyte`, `short`, `ushort`: an `int` at the machine level, kept in range (lower
    /// narrows what arithmetic makes); operators promote them to `int` as C# does.
    Small(SmallInt),
    /// `uint`: a `long` word holding the zero-extended value (lower wraps what arithmetic
    /// makes back to 32 bits), so comparing, dividing and widening it need nothing.
    UInt,
    /// `ulong`: a `long` word holding the value's bits; comparisons, `/`, `%`, `>>` and the
    /// conversions to and from `double` are the unsigned ones.
    ULong,
    /// `float`: a `double` word holding a value exactly representable in single precision
    /// (lower rounds what arithmetic and conversions make back to it).
    Float,
    String,
    /// Only appears where the library needs it (`Console.WriteLine(object)`, boxing).
    Object,
    Array(Box<Ty>),
    /// A library type applied to its type arguments (`Task<int>` is `Lib(TaskOf, [Int])`).
    Lib(Lib, Vec<Ty>),
    /// A user class (Tier 2 struct and interface declarations also get class ids), with its
    /// name and base class.
    Class(ClassId, Arc<ClassRef>),
    /// A user-defined enum (its class id, the name it prints as and its underlying type): its
    /// underlying type at the machine level; its members are the class's constant fields.
    Enum(ClassId, Arc<EnumRef>),
    /// A generic parameter of a library signature (`T` of `List<T>`), replaced by `subst`.
    Param(u32, Arc<str>),
    /// A type parameter of a generic method of the program, inside its declaration: checked
    /// against its constraints, replaced by a type argument in each instantiation
    /// (`generics.rs`).
    Generic(Arc<crate::generics::TypeParam>),
}

/// The integer types narrower than `int` besides `char`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SmallInt {
    Byte,
    SByte,
    Short,
    UShort,
}

impl SmallInt {
    pub const ALL: [SmallInt; 4] = [
        SmallInt::Byte,
        SmallInt::SByte,
        SmallInt::Short,
        SmallInt::UShort,
    ];

    pub fn name(self) -> &'static str {
        match self {
            SmallInt::Byte => "byte",
            SmallInt::SByte => "sbyte",
            SmallInt::Short => "short",
            SmallInt::UShort => "ushort",
        }
    }

    /// The type's .NET name without `System.` (`Byte`), as `GetType().Name` says it.
    pub fn dotnet_name(self) -> &'static str {
        match self {
            SmallInt::Byte => "Byte",
            SmallInt::SByte => "SByte",
            SmallInt::Short => "Int16",
            SmallInt::UShort => "UInt16",
        }
    }

    pub fn from_name(name: &str) -> Option<SmallInt> {
        SmallInt::ALL.into_iter().find(|s| s.name() == name)
    }

    pub fn range(self) -> (i64, i64) {
        match self {
            SmallInt::Byte => (0, 255),
            SmallInt::SByte => (-128, 127),
            SmallInt::Short => (-32768, 32767),
            SmallInt::UShort => (0, 65535),
        }
    }

    pub fn contains(self, v: i64) -> bool {
        let (lo, hi) = self.range();
        (lo..=hi).contains(&v)
    }

    /// `v` wrapped into the type as an unchecked narrowing does (the low bits).
    pub fn wrap(self, v: i64) -> i32 {
        match self {
            SmallInt::Byte => v as u8 as i32,
            SmallInt::SByte => v as i8 as i32,
            SmallInt::Short => v as i16 as i32,
            SmallInt::UShort => v as u16 as i32,
        }
    }

    /// C#'s implicit numeric conversions between these (and from them to `char`: none).
    pub fn widens_to(self, to: SmallInt) -> bool {
        use SmallInt::*;
        matches!((self, to), (Byte, Short) | (Byte, UShort) | (SByte, Short))
    }
}

pub use crate::library_types::{Arity, Lib, LibInfo};

pub use crate::bcl::outside_type;

impl Ty {
    pub fn task_of(t: Ty) -> Ty {
        Ty::Lib(Lib::TaskOf, vec![t])
    }
    pub fn lib(l: Lib) -> Ty {
        Ty::Lib(l, Vec::new())
    }
    pub fn list_of(t: Ty) -> Ty {
        Ty::Lib(Lib::List, vec![t])
    }
    pub fn array_of(t: Ty) -> Ty {
        Ty::Array(Box::new(t))
    }

    pub fn is_error(&self) -> bool {
        matches!(self, Ty::Error)
    }

    /// `char` and the small integers: operators take them as `int`s.
    pub fn promotes_to_int(&self) -> bool {
        matches!(self, Ty::Char | Ty::Small(_))
    }

    pub fn is_numeric(&self) -> bool {
        matches!(self, Ty::Int | Ty::Long | Ty::Float | Ty::Double)
    }

    /// `uint` and `ulong`.
    pub fn is_unsigned(&self) -> bool {
        matches!(self, Ty::UInt | Ty::ULong)
    }

    /// The integer types operators compute in: `int`, `uint`, `long`, `ulong`.
    pub fn is_integer_operand(&self) -> bool {
        matches!(self, Ty::Int | Ty::Long | Ty::UInt | Ty::ULong)
    }

    /// int < long < double, the order of C#'s binary numeric promotion for the subset.
    pub fn numeric_rank(&self) -> Option<u8> {
        match self {
            Ty::Int => Some(0),
            Ty::Long => Some(1),
            Ty::Float => Some(2),
            Ty::Double => Some(3),
            _ => None,
        }
    }

    /// `int?`: the value type it makes nullable.
    pub fn nullable_of(&self) -> Option<&Ty> {
        match self {
            Ty::Lib(Lib::Nullable, a) => a.first(),
            _ => None,
        }
    }

    pub fn nullable(inner: Ty) -> Ty {
        Ty::Lib(Lib::Nullable, vec![inner])
    }

    pub fn is_value_type(&self) -> bool {
        match self {
            Ty::Int | Ty::Long | Ty::Bool | Ty::Double | Ty::Char | Ty::Small(_) => true,
            Ty::UInt | Ty::ULong | Ty::Float | Ty::Enum(..) => true,
            Ty::Lib(l, _) => l.info().is_value_type,
            Ty::Class(_, c) => c.is_struct,
            Ty::Generic(p) => p.constraints().is_struct,
            _ => false,
        }
    }

    /// A struct of the program.
    pub fn is_struct(&self) -> bool {
        matches!(self, Ty::Class(_, c) if c.is_struct)
    }

    pub fn is_reference_type(&self) -> bool {
        match self {
            Ty::Class(_, c) => !c.is_struct,
            Ty::String | Ty::Object | Ty::Array(_) | Ty::Null => true,
            Ty::Lib(l, _) => !l.info().is_value_type,
            Ty::Generic(p) => p.constraints().is_reference(),
            _ => false,
        }
    }

    pub fn is_exception(&self) -> bool {
        match self {
            Ty::Lib(l, _) => l.is_exception(),
            Ty::Class(_, c) => c.base.as_ref().is_some_and(|b| b.is_exception()),
            _ => false,
        }
    }

    /// The direct base class (what member lookup walks next). Every type ends at `object`.
    pub fn base(&self) -> Option<Ty> {
        match self {
            Ty::Object | Ty::Error | Ty::Void | Ty::Null | Ty::Param(..) => None,
            // Its effective base class: the class constraint's, else `object`.
            Ty::Generic(p) => Some(p.constraints().base.clone().unwrap_or(Ty::Object)),
            Ty::Lib(Lib::TaskOf, _) => Some(Ty::lib(Lib::Task)),
            Ty::Lib(l, _) => Some(l.info().base.map_or(Ty::Object, Ty::lib)),
            Ty::Class(_, c) => Some(c.base.clone().unwrap_or(Ty::Object)),
            _ => Some(Ty::Object),
        }
    }

    /// A class type that implements the interface `iface` (or an interface extending it).
    pub fn implements(&self, iface: &Ty) -> bool {
        match (self, iface) {
            (Ty::Class(_, c), Ty::Class(i, _)) => c.interfaces.contains(i),
            (Ty::Generic(p), i) => {
                let k = p.constraints();
                k.interfaces.iter().any(|c| c == i || c.implements(i))
                    || k.base.as_ref().is_some_and(|b| b.implements(i))
            }
            _ => false,
        }
    }

    /// `IEnumerable<T>`, `IList<T>`, ... (the library's interfaces of
    /// `System.Collections.Generic`).
    pub fn is_collection_interface(&self) -> bool {
        matches!(
            self,
            Ty::Lib(
                Lib::IEnumerable
                    | Lib::IList
                    | Lib::IReadOnlyList
                    | Lib::ICollection
                    | Lib::IReadOnlyCollection
                    | Lib::IDictionary
                    | Lib::IReadOnlyDictionary,
                _
            )
        )
    }

    /// An interface of the program.
    pub fn is_interface(&self) -> bool {
        matches!(self, Ty::Class(_, c) if c.is_interface)
    }

    /// `self` is `other` or derives from it through class inheritance (identity included).
    pub fn derives_from(&self, other: &Ty) -> bool {
        let mut cur = Some(self.clone());
        while let Some(t) = cur {
            if &t == other {
                return true;
            }
            cur = t.base();
        }
        false
    }

    /// Types whose `await` the library knows how to perform (the pattern is checked by lookup of
    /// `GetAwaiter`; this is used by CS4014, which only concerns awaitable call results).
    pub fn is_awaitable(&self) -> bool {
        matches!(
            self,
            Ty::Lib(
                Lib::Task
                    | Lib::TaskOf
                    | Lib::ValueTask
                    | Lib::ValueTaskOf
                    | Lib::ConfiguredTaskAwaitable
                    | Lib::ConfiguredTaskAwaitableOf
                    | Lib::ConfiguredValueTaskAwaitable
                    | Lib::ConfiguredValueTaskAwaitableOf
                    | Lib::YieldAwaitable,
                _
            )
        )
    }

    /// What `await` of a value of this type gives: `T` for `Task<T>` and `ValueTask<T>` (and
    /// their configured forms), `void` for the others that can be awaited.
    pub fn awaited_result(&self) -> Option<Ty> {
        match self {
            Ty::Lib(
                Lib::TaskOf
                | Lib::ValueTaskOf
                | Lib::ConfiguredTaskAwaitableOf
                | Lib::ConfiguredValueTaskAwaitableOf,
                args,
            ) => args.first().cloned(),
            t if t.is_awaitable() => Some(Ty::Void),
            _ => None,
        }
    }

    /// Types C# allows for `const`.
    pub fn is_const_type(&self) -> bool {
        matches!(
            self,
            Ty::Int
                | Ty::Long
                | Ty::Bool
                | Ty::Double
                | Ty::Char
                | Ty::Small(_)
                | Ty::UInt
                | Ty::ULong
                | Ty::Float
                | Ty::String
                | Ty::Enum(..)
        )
    }

    /// A user-defined enum.
    pub fn is_enum(&self) -> bool {
        matches!(self, Ty::Enum(..))
    }

    /// An enum's underlying type; any other type itself.
    pub fn underlying(&self) -> &Ty {
        match self {
            Ty::Enum(_, e) => &e.underlying,
            t => t,
        }
    }

    /// Replaces generic parameters by `args[index]` (library signatures and generic instantiation).
    pub fn subst(&self, args: &[Ty]) -> Ty {
        match self {
            Ty::Param(i, _) => args.get(*i as usize).cloned().unwrap_or(Ty::Error),
            Ty::Class(..) => self.map_class_args(&|t| t.subst(args)),
            Ty::Array(e) => Ty::Array(Box::new(e.subst(args))),
            Ty::Lib(l, a) if !a.is_empty() => {
                Ty::Lib(*l, a.iter().map(|t| t.subst(args)).collect())
            }
            _ => self.clone(),
        }
    }

    /// Replaces the type parameters of the program's generics (`Ty::Generic`) by their
    /// arguments, as an instantiation does.
    pub fn instantiate(&self, map: &crate::generics::Subst) -> Ty {
        match self {
            Ty::Generic(p) => map.get(p).unwrap_or_else(|| self.clone()),
            Ty::Class(..) => self.map_class_args(&|t| t.instantiate(map)),
            Ty::Array(e) => Ty::Array(Box::new(e.instantiate(map))),
            Ty::Lib(l, a) if !a.is_empty() => {
                Ty::Lib(*l, a.iter().map(|t| t.instantiate(map)).collect())
            }
            _ => self.clone(),
        }
    }

    /// A generic type's instance with `f` applied to its type arguments: the same class with
    /// the new arguments (`Ctx::close` names their instance); any other type unchanged.
    pub fn map_class_args(&self, f: &dyn Fn(&Ty) -> Ty) -> Ty {
        let Ty::Class(id, c) = self else {
            return self.clone();
        };
        let Some((template, args)) = &c.generic else {
            return self.clone();
        };
        let new: Vec<Ty> = args.iter().map(f).collect();
        if new.iter().zip(args.iter()).all(|(a, b)| a == b) {
            return self.clone();
        }
        let base = c.name.split('<').next().unwrap_or(&c.name);
        // A generic delegate's signature names its type parameters too.
        let delegate = c.delegate.as_ref().map(|d| {
            Arc::new(DelegateSig {
                params: d.params.iter().map(f).collect(),
                ret: f(&d.ret),
            })
        });
        let shown: Vec<String> = new.iter().map(|t| t.to_string()).collect();
        Ty::Class(
            *id,
            Arc::new(ClassRef {
                name: format!("{base}<{}>", shown.join(", ")),
                base: c.base.clone(),
                is_interface: c.is_interface,
                is_struct: c.is_struct,
                interfaces: c.interfaces.clone(),
                disposable: c.disposable,
                lib_interfaces: c.lib_interfaces.iter().map(f).collect(),
                delegate,
                open: new.iter().any(Ty::is_open),
                generic: Some((*template, new.into())),
                variance: c.variance.clone(),
                // Named with the same type parameters as its arguments (those of the open
                // instance or the template), so the substitution applies to them too.
                generic_interfaces: c
                    .generic_interfaces
                    .iter()
                    .map(|(t, a)| (*t, a.iter().map(f).collect()))
                    .collect(),
            }),
        )
    }

    /// Whether the type names a generic type of the program (whose instance `Ctx::close`
    /// may have to name).
    pub fn names_generic_type(&self) -> bool {
        match self {
            Ty::Class(_, c) => c.generic.is_some(),
            Ty::Array(e) => e.names_generic_type(),
            Ty::Lib(_, a) => a.iter().any(Ty::names_generic_type),
            _ => false,
        }
    }

    /// Whether the type names a type parameter of the program's generics.
    pub fn is_open(&self) -> bool {
        match self {
            Ty::Generic(_) => true,
            Ty::Class(_, c) => c.open,
            Ty::Array(e) => e.is_open(),
            Ty::Lib(_, a) => a.iter().any(Ty::is_open),
            _ => false,
        }
    }

    pub fn contains_param(&self) -> bool {
        match self {
            Ty::Param(..) => true,
            Ty::Class(_, c) => c
                .generic
                .as_ref()
                .is_some_and(|(_, a)| a.iter().any(Ty::contains_param)),
            Ty::Array(e) => e.contains_param(),
            Ty::Lib(_, a) => a.iter().any(Ty::contains_param),
            _ => false,
        }
    }

    /// A delegate type's parameter types and return type (`Func<int, string>`: `[int]` and
    /// `string`; `Action<int>`: `[int]` and `void`).
    /// A delegate type: `delegate_sig` gives its signature (this is the cheap test).
    pub fn is_delegate(&self) -> bool {
        match self {
            Ty::Lib(l, _) => matches!(
                l,
                Lib::Func
                    | Lib::Action
                    | Lib::Predicate
                    | Lib::Comparison
                    | Lib::Converter
                    | Lib::EventHandler
                    | Lib::EventHandlerOf
                    | Lib::SendOrPostCallback
                    | Lib::WaitCallback
            ),
            Ty::Class(_, c) => c.delegate.is_some(),
            _ => false,
        }
    }

    pub fn delegate_sig(&self) -> Option<(std::borrow::Cow<'_, [Ty]>, Ty)> {
        use std::borrow::Cow;
        match self {
            Ty::Lib(Lib::Func, a) => {
                let (ret, params) = a.split_last()?;
                Some((Cow::Borrowed(params), ret.clone()))
            }
            Ty::Lib(Lib::Action, a) => Some((Cow::Borrowed(a), Ty::Void)),
            Ty::Lib(Lib::Predicate, a) if a.len() == 1 => Some((Cow::Borrowed(a), Ty::Bool)),
            Ty::Lib(Lib::Comparison, a) if a.len() == 1 => {
                Some((Cow::Owned(vec![a[0].clone(), a[0].clone()]), Ty::Int))
            }
            Ty::Lib(Lib::Converter, a) if a.len() == 2 => {
                Some((Cow::Borrowed(&a[..1]), a[1].clone()))
            }
            Ty::Lib(Lib::EventHandler, _) => Some((
                Cow::Owned(vec![Ty::Object, Ty::Lib(Lib::EventArgs, Vec::new())]),
                Ty::Void,
            )),
            Ty::Lib(Lib::EventHandlerOf, a) if a.len() == 1 => {
                Some((Cow::Owned(vec![Ty::Object, a[0].clone()]), Ty::Void))
            }
            Ty::Class(_, c) => c
                .delegate
                .as_ref()
                .map(|s| (Cow::Borrowed(&s.params[..]), s.ret.clone())),
            Ty::Lib(Lib::SendOrPostCallback | Lib::WaitCallback, _) => {
                Some((Cow::Owned(vec![Ty::Object]), Ty::Void))
            }
            _ => None,
        }
    }

    /// The first type argument (`T` of `Task<T>`, `List<T>`); `Error` when there is none.
    pub fn arg0(&self) -> Ty {
        match self {
            Ty::Lib(_, a) => a.first().cloned().unwrap_or(Ty::Error),
            Ty::Array(e) => (**e).clone(),
            _ => Ty::Error,
        }
    }
}

fn write_args(f: &mut fmt::Formatter<'_>, args: &[Ty]) -> fmt::Result {
    if args.is_empty() {
        return Ok(());
    }
    f.write_str("<")?;
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            f.write_str(", ")?;
        }
        write!(f, "{a}")?;
    }
    f.write_str(">")
}

impl fmt::Display for Ty {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Ty::Error => f.write_str("?"),
            Ty::Void => f.write_str("void"),
            Ty::Null => f.write_str("<null>"),
            Ty::Int => f.write_str("int"),
            Ty::Long => f.write_str("long"),
            Ty::Bool => f.write_str("bool"),
            Ty::Double => f.write_str("double"),
            Ty::Char => f.write_str("char"),
            Ty::Small(s) => f.write_str(s.name()),
            Ty::UInt => f.write_str("uint"),
            Ty::ULong => f.write_str("ulong"),
            Ty::Float => f.write_str("float"),
            Ty::String => f.write_str("string"),
            Ty::Object => f.write_str("object"),
            Ty::Array(e) => write!(f, "{e}[]"),
            Ty::Class(_, c) => f.write_str(&c.name),
            Ty::Enum(_, e) => f.write_str(&e.name),
            Ty::Param(_, name) => f.write_str(name),
            Ty::Generic(p) => f.write_str(&p.name),
            // C# names the nested awaiter types through their enclosing awaitable.
            Ty::Lib(Lib::ConfiguredTaskAwaiter, _) => {
                f.write_str("ConfiguredTaskAwaitable.ConfiguredTaskAwaiter")
            }
            Ty::Lib(Lib::ConfiguredTaskAwaiterOf, a) => {
                f.write_str("ConfiguredTaskAwaitable")?;
                write_args(f, a)?;
                f.write_str(".ConfiguredTaskAwaiter")
            }
            Ty::Lib(Lib::ConfiguredValueTaskAwaiter, _) => {
                f.write_str("ConfiguredValueTaskAwaitable.ConfiguredValueTaskAwaiter")
            }
            Ty::Lib(Lib::ConfiguredValueTaskAwaiterOf, a) => {
                f.write_str("ConfiguredValueTaskAwaitable")?;
                write_args(f, a)?;
                f.write_str(".ConfiguredValueTaskAwaiter")
            }
            Ty::Lib(Lib::YieldAwaiter, _) => f.write_str("YieldAwaitable.YieldAwaiter"),
            Ty::Lib(l @ (Lib::KeyCollection | Lib::ValueCollection), a) if a.len() == 2 => {
                let nested = if *l == Lib::KeyCollection {
                    "KeyCollection"
                } else {
                    "ValueCollection"
                };
                write!(f, "Dictionary<{}, {}>.{nested}", a[0], a[1])
            }
            Ty::Lib(Lib::Nullable, a) if a.len() == 1 => write!(f, "{}?", a[0]),
            Ty::Lib(Lib::MdArray, a) if a.len() == 1 => write!(f, "{}[,]", a[0]),
            Ty::Lib(l, a) => {
                f.write_str(l.name())?;
                write_args(f, a)
            }
        }
    }
}
