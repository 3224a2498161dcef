//! The library unawait knows: ONE table of C#-like signatures, parsed once. Member lookup, overload
//! resolution, hints ("members unawait's library has for `string`") and the ids in the HIR all come
//! from this table, so adding a library member is adding a line here (and its runtime entry).
//!
//! Line syntax: `Owner: [static] [<T, ..>] Ret Name(Type name, ..)` for methods,
//! `Owner: [static] Ret Name { get; [set;] }` for properties, `Owner: Ret this[int index] { get; }`
//! for indexers, `Owner: new(..)` for constructors and `Owner: const Ret Name = literal`.
//! Identifiers in the owner that are not types (`T` in `List<T>`) are its type parameters.

use std::collections::HashMap;
use std::sync::OnceLock;

mod parse;

use unawait_syntax::fx::Fx;

use crate::constants::ConstValue;
use crate::types::{Lib, Ty};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct BuiltinId(pub u32);

/// What member lookup is keyed by: the type constructor of the receiver or qualifying type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Owner {
    Lib(Lib),
    Array,
    Int,
    Long,
    Bool,
    Double,
    Char,
    Small(crate::types::SmallInt),
    UInt,
    ULong,
    Float,
    String,
    Object,
}

impl Owner {
    pub fn of(ty: &Ty) -> Option<Owner> {
        Some(match ty {
            Ty::Int => Owner::Int,
            Ty::Long => Owner::Long,
            Ty::Bool => Owner::Bool,
            Ty::Double => Owner::Double,
            Ty::Char => Owner::Char,
            Ty::Small(t) => Owner::Small(*t),
            Ty::UInt => Owner::UInt,
            Ty::ULong => Owner::ULong,
            Ty::Float => Owner::Float,
            Ty::String => Owner::String,
            Ty::Object => Owner::Object,
            Ty::Array(_) => Owner::Array,
            Ty::Lib(l, _) => Owner::Lib(*l),
            _ => return None,
        })
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum MemberKind {
    Method,
    Property { setter: bool },
    Indexer { setter: bool },
    Constructor,
    Const(ConstValue),
}

#[derive(Clone, Debug)]
pub struct Builtin {
    pub owner: Owner,
    /// The owner with its type parameters (`List<T>`), for display.
    pub owner_ty: Ty,
    pub owner_arity: u32,
    pub name: String,
    pub kind: MemberKind,
    pub is_static: bool,
    /// The method's own type parameters; in signatures they are `Param(owner_arity + i)`.
    pub type_params: Vec<String>,
    pub params: Vec<(String, Ty)>,
    /// The last parameter is `params T[]`.
    pub params_array: bool,
    /// The positions of its `out` parameters.
    pub out_params: Vec<usize>,
    pub ret: Ty,
    /// What it does that the analyses need (its annotation in `library.txt`).
    pub behavior: crate::behavior::Behavior,
    /// `display(&[])`, made once: the runtime's entry points are keyed by it, and lowering
    /// names every library call with it.
    pub key_cache: OnceLock<String>,
}

impl Builtin {
    /// The member as the library table declares it (`List<T>.Add(T)`), made once.
    pub fn key(&self) -> &str {
        self.key_cache.get_or_init(|| self.display(&[]))
    }

    /// C#'s way of naming a member in messages: `Console.WriteLine(int)`, `string.Length`.
    pub fn display(&self, type_args: &[Ty]) -> String {
        let owner = if type_args.is_empty() {
            self.owner_ty.to_string()
        } else {
            self.owner_ty.subst(type_args).to_string()
        };
        let ty = |t: &Ty| {
            if type_args.is_empty() {
                t.to_string()
            } else {
                t.subst(type_args).to_string()
            }
        };
        match self.kind {
            MemberKind::Method | MemberKind::Constructor => {
                let mut s = if self.kind == MemberKind::Constructor {
                    format!("{owner}.{}", owner.split('<').next().unwrap_or(""))
                } else {
                    format!("{owner}.{}", self.name)
                };
                if !self.type_params.is_empty() {
                    // Instantiated method type arguments when known: `Task.FromResult<int>(int)`.
                    let first = self.owner_arity as usize;
                    let names: Vec<String> = if type_args.len() >= first + self.type_params.len() {
                        type_args[first..first + self.type_params.len()]
                            .iter()
                            .map(|t| t.to_string())
                            .collect()
                    } else {
                        self.type_params.clone()
                    };
                    s.push('<');
                    s.push_str(&names.join(", "));
                    s.push('>');
                }
                s.push('(');
                for (i, (_, t)) in self.params.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    if self.params_array && i + 1 == self.params.len() {
                        s.push_str("params ");
                    }
                    if self.out_params.contains(&i) {
                        s.push_str("out ");
                    }
                    s.push_str(&ty(t));
                }
                s.push(')');
                s
            }
            MemberKind::Indexer { .. } => {
                let index = self
                    .params
                    .first()
                    .map_or("int".to_string(), |(_, t)| ty(t));
                format!("{owner}.this[{index}]")
            }
            _ => format!("{owner}.{}", self.name),
        }
    }

    pub fn is_method(&self) -> bool {
        self.kind == MemberKind::Method
    }
}

/// The library, parsed as far as the program needs it. Building it only files each line under
/// its owner (the text before `:`); an owner's names are indexed when a lookup first asks for
/// one of its members, and a member is parsed when first looked up or fetched. A program that
/// uses ten members pays for about ten lines, not for the whole table: it was most of the fixed
/// cost of running a small program.
pub struct Library {
    entries: Vec<Entry>,
    owners: HashMap<Owner, OwnerEntries, Fx>,
}

/// Where a member's signature comes from.
#[derive(Clone, Copy)]
enum Source {
    /// A line of `library.txt`, annotation included.
    Line(&'static str),
    /// Constructor `k` (0, 1 or 2) of `PLAIN_EXCEPTIONS`' exception.
    ExceptionCtor(&'static str, u8),
    /// `HIDDEN[k]`.
    Hidden(u8),
}

struct Entry {
    source: Source,
    /// `None`: the line does not parse (`Library::errors` reports it).
    member: OnceLock<Option<Builtin>>,
}

struct OwnerEntries {
    /// Ids of the owner's members, in table order.
    ids: Vec<u32>,
    index: OnceLock<OwnerIndex>,
}

struct OwnerIndex {
    by_name: HashMap<&'static str, NameEntries, Fx>,
    /// `Library::member_names`.
    names: OnceLock<Vec<String>>,
}

struct NameEntries {
    /// The owner's members whose line names `name`, parsed or not.
    ids: Vec<u32>,
    /// Those that parse (with that name): what lookup returns.
    parsed: OnceLock<Vec<BuiltinId>>,
}

impl Library {
    pub fn get(&self, id: BuiltinId) -> &Builtin {
        self.member(id.0).unwrap_or_else(|| unparsed())
    }

    fn member(&self, id: u32) -> Option<&Builtin> {
        let e = &self.entries[id as usize];
        e.member.get_or_init(|| parse_source(e.source)).as_ref()
    }

    fn index(&self, owner: Owner) -> Option<&OwnerIndex> {
        let o = self.owners.get(&owner)?;
        Some(o.index.get_or_init(|| {
            let mut by_name: HashMap<&'static str, NameEntries, Fx> = HashMap::default();
            for &id in &o.ids {
                // A line without a recognizable name can be no lookup's answer.
                if let Some(name) = source_name(self.entries[id as usize].source) {
                    by_name
                        .entry(name)
                        .or_insert_with(|| NameEntries {
                            ids: Vec::new(),
                            parsed: OnceLock::new(),
                        })
                        .ids
                        .push(id);
                }
            }
            OwnerIndex {
                by_name,
                names: OnceLock::new(),
            }
        }))
    }

    pub fn lookup(&self, owner: Owner, name: &str) -> &[BuiltinId] {
        let Some(n) = self.index(owner).and_then(|i| i.by_name.get(name)) else {
            return &[];
        };
        n.parsed.get_or_init(|| {
            n.ids
                .iter()
                .filter(|&&id| self.member(id).is_some_and(|b| b.name == name))
                .map(|&id| BuiltinId(id))
                .collect()
        })
    }

    /// Member names of `owner` (constructors and hidden members excluded), for "did you mean"
    /// hints.
    pub fn member_names(&self, owner: Owner) -> &[String] {
        let (Some(o), Some(index)) = (self.owners.get(&owner), self.index(owner)) else {
            return &[];
        };
        index.names.get_or_init(|| {
            let mut names: Vec<String> = Vec::new();
            for &id in &o.ids {
                let source = self.entries[id as usize].source;
                // The hidden members are no C# member to suggest.
                let (Some(name), false) =
                    (source_name(source), matches!(source, Source::Hidden(_)))
                else {
                    continue;
                };
                if name != ".ctor"
                    && !names.iter().any(|n| n == name)
                    && !self.lookup(owner, name).is_empty()
                {
                    names.push(name.to_string());
                }
            }
            names
        })
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Lines that fail to parse, or whose name or owner is not the one lookup files them under
    /// (a unit test keeps this empty). Parses the whole table.
    pub fn errors(&self) -> Vec<String> {
        let mut errors = Vec::new();
        let filed_under = |id: u32| {
            self.owners
                .iter()
                .find(|(_, o)| o.ids.contains(&id))
                .map(|(owner, _)| *owner)
        };
        for (i, e) in self.entries.iter().enumerate() {
            let ok = match self.member(i as u32) {
                Some(b) => {
                    source_name(e.source) == Some(b.name.as_str())
                        && filed_under(i as u32) == Some(b.owner)
                }
                None => false,
            };
            if !ok {
                errors.push(match e.source {
                    Source::Line(l) => l.to_string(),
                    Source::ExceptionCtor(x, k) => exception_ctor(x, k),
                    Source::Hidden(k) => HIDDEN[k as usize].0.to_string(),
                });
            }
        }
        errors
    }
}

/// What `get` gives for an id whose line does not parse (no lookup returns one).
fn unparsed() -> &'static Builtin {
    static UNPARSED: OnceLock<Builtin> = OnceLock::new();
    UNPARSED.get_or_init(|| Builtin {
        owner: Owner::Object,
        owner_ty: Ty::Object,
        owner_arity: 0,
        name: "<unparsed>".to_string(),
        kind: MemberKind::Method,
        is_static: true,
        type_params: Vec::new(),
        params: Vec::new(),
        params_array: false,
        out_params: Vec::new(),
        ret: Ty::Error,
        behavior: Default::default(),
        key_cache: OnceLock::new(),
    })
}

pub fn library() -> &'static Library {
    static LIB: OnceLock<Library> = OnceLock::new();
    LIB.get_or_init(build)
}

const TABLE: &str = include_str!("../library.txt");

/// Exceptions with the three usual constructors `()`, `(string message)`,
/// `(string message, Exception innerException)`.
const PLAIN_EXCEPTIONS: &[&str] = &[
    "Exception",
    "SystemException",
    "ArgumentException",
    "InvalidOperationException",
    "NotSupportedException",
    "NotImplementedException",
    "TimeoutException",
    "ArithmeticException",
    "DivideByZeroException",
    "OverflowException",
    "InvalidCastException",
    "OutOfMemoryException",
    "NullReferenceException",
    "IndexOutOfRangeException",
    "OperationCanceledException",
    "TaskCanceledException",
    "AggregateException",
    "SemaphoreFullException",
    "FormatException",
    "KeyNotFoundException",
    "SynchronizationLockException",
    "ApplicationException",
];

fn exception_ctor(e: &str, k: u8) -> String {
    match k {
        0 => format!("{e}: new()"),
        1 => format!("{e}: new(string message)"),
        _ => format!("{e}: new(string message, Exception innerException)"),
    }
}

/// The hidden members (on `object`, static, with one type parameter `T`): name, parameters
/// (`T` is `t`), return type (`t`: `T`).
const HIDDEN: &[Hidden] = &[
    (SWITCH_FAIL, &[("value", HiddenTy::Object)], HiddenTy::T),
    (
        THROW_EXPR,
        &[("exception", HiddenTy::Exception)],
        HiddenTy::T,
    ),
    (REBOX, &[("value", HiddenTy::Object)], HiddenTy::T),
    (
        LOCAL_SET,
        &[("local", HiddenTy::Object), ("value", HiddenTy::T)],
        HiddenTy::T,
    ),
    (ENUM_PARSE, &[("value", HiddenTy::String)], HiddenTy::T),
    (NEW_T, &[], HiddenTy::T),
    (TYPE_OF, &[("name", HiddenTy::String)], HiddenTy::Type),
    (
        COMPARE_T,
        &[("value", HiddenTy::T), ("other", HiddenTy::T)],
        HiddenTy::Int,
    ),
    (
        EQUALS_T,
        &[("value", HiddenTy::T), ("other", HiddenTy::T)],
        HiddenTy::Bool,
    ),
    (
        DEFAULT_EQUALS,
        &[("x", HiddenTy::T), ("y", HiddenTy::T)],
        HiddenTy::Bool,
    ),
    (DEFAULT_HASH, &[("obj", HiddenTy::T)], HiddenTy::Int),
    (
        DEFAULT_COMPARE,
        &[("x", HiddenTy::T), ("y", HiddenTy::T)],
        HiddenTy::Int,
    ),
    (DEFAULT_EQUALITY_COMPARER, &[], HiddenTy::EqualityComparer),
    (DEFAULT_COMPARER, &[], HiddenTy::Comparer),
    (
        COMPARER_CREATE,
        &[("comparison", HiddenTy::Comparison)],
        HiddenTy::Comparer,
    ),
    (ENUM_IS_DEFINED, &[("value", HiddenTy::Int)], HiddenTy::Bool),
    (ENUM_GET_NAME, &[("value", HiddenTy::Int)], HiddenTy::String),
    (
        ENUM_FORMAT,
        &[("value", HiddenTy::Int), ("format", HiddenTy::String)],
        HiddenTy::String,
    ),
    (
        ENUM_COMPARE,
        &[("value", HiddenTy::Int), ("target", HiddenTy::Int)],
        HiddenTy::Int,
    ),
    (
        ENUM_TRY_PARSE,
        &[("value", HiddenTy::String), ("result", HiddenTy::T)],
        HiddenTy::Bool,
    ),
    (
        PAIR,
        &[("key", HiddenTy::T), ("value", HiddenTy::T2)],
        HiddenTy::Pair,
    ),
];

type Hidden = (&'static str, &'static [(&'static str, HiddenTy)], HiddenTy);

#[derive(Clone, Copy)]
enum HiddenTy {
    T,
    /// `PAIR`'s second type parameter, and its result.
    T2,
    Pair,
    Object,
    Exception,
    String,
    Int,
    Bool,
    Type,
    /// `IEqualityComparer<T>`, `IComparer<T>`, `Comparison<T>`.
    EqualityComparer,
    Comparer,
    Comparison,
}

impl HiddenTy {
    fn ty(self) -> Ty {
        match self {
            HiddenTy::T => Ty::Param(0, "T".into()),
            HiddenTy::T2 => Ty::Param(1, "TValue".into()),
            HiddenTy::Pair => Ty::Lib(
                Lib::KeyValuePair,
                vec![Ty::Param(0, "T".into()), Ty::Param(1, "TValue".into())],
            ),
            HiddenTy::Object => Ty::Object,
            HiddenTy::Exception => Ty::Lib(Lib::Exception, Vec::new()),
            HiddenTy::String => Ty::String,
            HiddenTy::Int => Ty::Int,
            HiddenTy::Bool => Ty::Bool,
            HiddenTy::Type => Ty::Lib(Lib::Type, Vec::new()),
            HiddenTy::EqualityComparer => {
                Ty::Lib(Lib::IEqualityComparer, vec![Ty::Param(0, "T".into())])
            }
            HiddenTy::Comparer => Ty::Lib(Lib::IComparer, vec![Ty::Param(0, "T".into())]),
            HiddenTy::Comparison => Ty::Lib(Lib::Comparison, vec![Ty::Param(0, "T".into())]),
        }
    }
}

/// Files every member under its owner, in the order that gives the ids: the table's lines, the
/// plain exceptions' constructors, the hidden members. Nothing is parsed but owners, once per
/// distinct owner text.
fn build() -> Library {
    let mut entries: Vec<Entry> = Vec::with_capacity(600);
    // Owners in first-appearance order, and where each owner text went.
    let mut slots: Vec<(Owner, Vec<u32>)> = Vec::new();
    let mut by_text: HashMap<&'static str, Option<usize>> = HashMap::new();
    let mut last: (&str, Option<usize>) = ("", None);
    let mut file = |entries: &mut Vec<Entry>, owner_text: &'static str, source: Source| {
        let id = entries.len() as u32;
        entries.push(Entry {
            source,
            member: OnceLock::new(),
        });
        let slot = if owner_text == last.0 {
            last.1
        } else {
            let slot = *by_text.entry(owner_text).or_insert_with(|| {
                let owner = parse::owner(owner_text)?;
                match slots.iter().position(|(o, _)| *o == owner) {
                    Some(i) => Some(i),
                    None => {
                        slots.push((owner, Vec::new()));
                        Some(slots.len() - 1)
                    }
                }
            });
            last = (owner_text, slot);
            slot
        };
        // A line whose owner is no type stays unfiled: only `errors` sees it.
        if let Some(s) = slot {
            slots[s].1.push(id);
        }
    };
    for line in TABLE.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let owner_text = line.split_once(':').map_or("", |(o, _)| o.trim());
        file(&mut entries, owner_text, Source::Line(line));
    }
    for e in PLAIN_EXCEPTIONS {
        for k in 0..3 {
            file(&mut entries, e, Source::ExceptionCtor(e, k));
        }
    }
    for k in 0..HIDDEN.len() {
        file(&mut entries, "object", Source::Hidden(k as u8));
    }
    let owners = slots
        .into_iter()
        .map(|(owner, ids)| {
            (
                owner,
                OwnerEntries {
                    ids,
                    index: OnceLock::new(),
                },
            )
        })
        .collect();
    Library { entries, owners }
}

/// The name a member is looked up by, read off its signature without parsing it: the
/// identifier before the first `(`, `{` or `=` (`new` is `.ctor`), or `this[]` for an indexer.
fn source_name(source: Source) -> Option<&'static str> {
    let line = match source {
        Source::Line(l) => l,
        Source::ExceptionCtor(..) => return Some(".ctor"),
        Source::Hidden(k) => return Some(HIDDEN[k as usize].0),
    };
    let signature = line.split_once(" ; ").map_or(line, |(s, _)| s);
    let (_, member) = signature.split_once(':')?;
    let before = member[..member.find(['(', '{', '='])?].trim_end();
    if before.ends_with(']') {
        return before.contains("this[").then_some("this[]");
    }
    let start = before
        .rfind(|c: char| !(c.is_alphanumeric() || c == '_'))
        .map_or(0, |i| i + 1);
    match &before[start..] {
        "" => None,
        "new" => Some(".ctor"),
        name => Some(name),
    }
}

fn parse_source(source: Source) -> Option<Builtin> {
    match source {
        Source::Line(line) => {
            let (signature, annotation) = line.split_once(" ; ").unwrap_or((line, ""));
            with_behavior(parse::parse_line(signature)?, annotation)
        }
        Source::ExceptionCtor(e, k) => with_behavior(parse::parse_line(&exception_ctor(e, k))?, ""),
        Source::Hidden(k) => {
            let (name, params, ret) = HIDDEN[k as usize];
            let params: Vec<(String, Ty)> = params
                .iter()
                .map(|(n, t)| (n.to_string(), t.ty()))
                .collect();
            let names: Vec<String> = params.iter().map(|(n, _)| n.clone()).collect();
            Some(Builtin {
                owner: Owner::Object,
                owner_ty: Ty::Object,
                owner_arity: 0,
                name: name.to_string(),
                kind: MemberKind::Method,
                is_static: true,
                type_params: if name == PAIR {
                    vec!["T".to_string(), "TValue".to_string()]
                } else {
                    vec!["T".to_string()]
                },
                params,
                params_array: false,
                out_params: if name == ENUM_TRY_PARSE {
                    vec![1]
                } else {
                    Vec::new()
                },
                ret: ret.ty(),
                behavior: crate::behavior::parse(
                    if name == PAIR {
                        "allocates"
                    } else {
                        "throws impure"
                    },
                    Owner::Object,
                    &names,
                )
                .unwrap_or_default(),
                key_cache: OnceLock::new(),
            })
        }
    }
}

fn with_behavior(mut b: Builtin, annotation: &str) -> Option<Builtin> {
    let names: Vec<String> = b.params.iter().map(|(n, _)| n.clone()).collect();
    b.behavior = crate::behavior::parse(annotation, b.owner, &names).ok()?;
    Some(b)
}

/// Hidden members (no C# name reaches them: `<` starts no identifier) that always throw and
/// give a value of any type, for the expressions that throw: a switch expression that matches
/// nothing (`SwitchExpressionException` with the unmatched value, boxed), and `throw e` as an
/// expression (an arm of a switch expression, the right operand of `??`, a branch of `?:`).
pub const SWITCH_FAIL: &str = "<SwitchFail>";
pub const THROW_EXPR: &str = "<Throw>";
/// `int?` to `long?`: the box of the widened value, or null (its type argument is the target's
/// value type).
pub const REBOX: &str = "<Rebox>";
/// `tl.Value = v` on a `ThreadLocal<T>` or `AsyncLocal<T>` (`local_values.rs`): sets the value
/// and gives it back.
pub const LOCAL_SET: &str = "<LocalSet>";
/// In a generic method's body (`generics.rs`), what depends on its type argument `T`: `new
/// T()`, and `CompareTo`/`Equals` through an `IComparable<T>`/`IEquatable<T>` constraint.
/// Each instantiation replaces them by the argument's own constructor or member
/// (`instantiate.rs`), so no later pass sees them.
pub const NEW_T: &str = "<NewT>";
/// `typeof(T)`: the `Type` of .NET full name `name`, which lowering writes in from the type
/// argument (sema leaves the argument empty: it has no .NET names).
pub const TYPE_OF: &str = "<TypeOf>";
pub const COMPARE_T: &str = "<CompareT>";
pub const EQUALS_T: &str = "<EqualsT>";
/// `EqualityComparer<T>.Default.Equals(x, y)`, `.GetHashCode(obj)` and
/// `Comparer<T>.Default.Compare(x, y)` (`default_comparer.rs`), which the runtime runs for
/// the argument's kind.
pub const DEFAULT_EQUALS: &str = "<DefaultEquals>";
pub const DEFAULT_HASH: &str = "<DefaultHash>";
pub const DEFAULT_COMPARE: &str = "<DefaultCompare>";
/// `EqualityComparer<T>.Default`, `Comparer<T>.Default` as values and
/// `Comparer<T>.Create(comparison)` (`default_comparer.rs`): the runtime's comparer objects.
pub const DEFAULT_EQUALITY_COMPARER: &str = "<DefaultEqualityComparer>";
pub const DEFAULT_COMPARER: &str = "<DefaultComparer>";
pub const COMPARER_CREATE: &str = "<ComparerCreate>";
/// The hidden members no run-time code calls: instantiation replaces every use.
pub const BOUND_BY_INSTANTIATION: [&str; 3] = [NEW_T, COMPARE_T, EQUALS_T];
/// `Enum.Parse` (`T` the program's enum, whose descriptor the runtime gets), `Enum.IsDefined`
/// and `Enum.GetName` of an `int` value (enums.rs).
pub const ENUM_PARSE: &str = "<EnumParse>";
pub const ENUM_IS_DEFINED: &str = "<EnumIsDefined>";
pub const ENUM_GET_NAME: &str = "<EnumGetName>";
/// `e.ToString(format)` and `e.CompareTo(other)` of the program's enum `T`.
pub const ENUM_FORMAT: &str = "<EnumFormat>";
pub const ENUM_COMPARE: &str = "<EnumCompare>";
/// `Enum.TryParse<T>(string, out T)`: its result goes to the out slot.
pub const ENUM_TRY_PARSE: &str = "<EnumTryParse>";
/// A query expression's transparent identifier (C#'s anonymous object carrying the range
/// variables in scope after a `let`, a `join` or a second `from`): a `KeyValuePair` of them.
pub const PAIR: &str = "<Pair>";
