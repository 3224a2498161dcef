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
}

impl Builtin {
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

pub struct Library {
    members: Vec<Builtin>,
    by_name: HashMap<Owner, HashMap<String, Vec<BuiltinId>>>,
    names: HashMap<Owner, Vec<String>>,
    /// Lines that failed to parse (a unit test keeps this empty).
    pub errors: Vec<String>,
}

impl Library {
    pub fn get(&self, id: BuiltinId) -> &Builtin {
        &self.members[id.0 as usize]
    }

    pub fn lookup(&self, owner: Owner, name: &str) -> &[BuiltinId] {
        self.by_name
            .get(&owner)
            .and_then(|m| m.get(name))
            .map_or(&[], |v| v.as_slice())
    }

    /// Member names of `owner` (constructors excluded), for "did you mean" hints.
    pub fn member_names(&self, owner: Owner) -> &[String] {
        self.names.get(&owner).map_or(&[], |v| v.as_slice())
    }

    pub fn len(&self) -> usize {
        self.members.len()
    }

    pub fn is_empty(&self) -> bool {
        self.members.is_empty()
    }
}

pub fn library() -> &'static Library {
    static LIB: OnceLock<Library> = OnceLock::new();
    LIB.get_or_init(build)
}

const TABLE: &str = include_str!("library.txt");

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

fn build() -> Library {
    let mut lines: Vec<String> = TABLE.lines().map(str::to_string).collect();
    for e in PLAIN_EXCEPTIONS {
        lines.push(format!("{e}: new()"));
        lines.push(format!("{e}: new(string message)"));
        lines.push(format!(
            "{e}: new(string message, Exception innerException)"
        ));
    }
    let mut lib = Library {
        members: Vec::new(),
        by_name: HashMap::new(),
        names: HashMap::new(),
        errors: Vec::new(),
    };
    for line in lines
        .iter()
        .map(|l| l.trim())
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        let (signature, annotation) = line.split_once(" ; ").unwrap_or((line, ""));
        let parsed = parse_line(signature).and_then(|mut b| {
            let names: Vec<String> = b.params.iter().map(|(n, _)| n.clone()).collect();
            b.behavior = crate::behavior::parse(annotation, b.owner, &names).ok()?;
            Some(b)
        });
        match parsed {
            Some(b) => {
                let id = BuiltinId(lib.members.len() as u32);
                lib.by_name
                    .entry(b.owner)
                    .or_default()
                    .entry(b.name.clone())
                    .or_default()
                    .push(id);
                if b.kind != MemberKind::Constructor {
                    let names = lib.names.entry(b.owner).or_default();
                    if !names.contains(&b.name) {
                        names.push(b.name.clone());
                    }
                }
                lib.members.push(b);
            }
            None => lib.errors.push(line.to_string()),
        }
    }
    let t = Ty::Param(0, "T".into());
    let one = |p: &str, ty: Ty| vec![(p.to_string(), ty)];
    for (name, params, ret) in [
        (SWITCH_FAIL, one("value", Ty::Object), t.clone()),
        (
            THROW_EXPR,
            one("exception", Ty::Lib(Lib::Exception, Vec::new())),
            t.clone(),
        ),
        (REBOX, one("value", Ty::Object), t.clone()),
        (ENUM_PARSE, one("value", Ty::String), t.clone()),
        (ENUM_IS_DEFINED, one("value", Ty::Int), Ty::Bool),
        (ENUM_GET_NAME, one("value", Ty::Int), Ty::String),
        (
            ENUM_FORMAT,
            vec![
                ("value".to_string(), Ty::Int),
                ("format".to_string(), Ty::String),
            ],
            Ty::String,
        ),
        (
            ENUM_COMPARE,
            vec![
                ("value".to_string(), Ty::Int),
                ("target".to_string(), Ty::Int),
            ],
            Ty::Int,
        ),
        (
            ENUM_TRY_PARSE,
            vec![
                ("value".to_string(), Ty::String),
                ("result".to_string(), t.clone()),
            ],
            Ty::Bool,
        ),
    ] {
        let id = BuiltinId(lib.members.len() as u32);
        lib.by_name
            .entry(Owner::Object)
            .or_default()
            .entry(name.to_string())
            .or_default()
            .push(id);
        let names: Vec<String> = params.iter().map(|(n, _)| n.clone()).collect();
        lib.members.push(Builtin {
            owner: Owner::Object,
            owner_ty: Ty::Object,
            owner_arity: 0,
            name: name.to_string(),
            kind: MemberKind::Method,
            is_static: true,
            type_params: vec!["T".to_string()],
            params,
            params_array: false,
            out_params: if name == ENUM_TRY_PARSE {
                vec![1]
            } else {
                Vec::new()
            },
            ret,
            behavior: crate::behavior::parse("throws impure", Owner::Object, &names)
                .unwrap_or_default(),
        });
    }
    lib
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

fn tokenize(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
        } else if c.is_alphanumeric() || c == '_' || c == '-' {
            let start = i;
            i += 1;
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            out.push(chars[start..i].iter().collect());
        } else {
            out.push(c.to_string());
            i += 1;
        }
    }
    out
}

struct P {
    toks: Vec<String>,
    pos: usize,
    /// Type parameter names in scope: owner's first, then the method's.
    params: Vec<String>,
    /// The `out` parameters of the last parameter list read.
    outs: Vec<usize>,
}

impl P {
    fn peek(&self) -> &str {
        self.toks.get(self.pos).map_or("", |s| s.as_str())
    }
    fn next(&mut self) -> String {
        let t = self.peek().to_string();
        self.pos += 1;
        t
    }
    fn eat(&mut self, t: &str) -> bool {
        if self.peek() == t {
            self.pos += 1;
            true
        } else {
            false
        }
    }
    fn expect(&mut self, t: &str) -> Option<()> {
        self.eat(t).then_some(())
    }

    /// A type; in the owner position (`declare`), unknown names become type parameters.
    fn ty(&mut self, declare: bool) -> Option<Ty> {
        let name = self.next();
        let mut args = Vec::new();
        if self.eat("<") {
            loop {
                args.push(self.ty(declare)?);
                if !self.eat(",") {
                    break;
                }
            }
            self.expect(">")?;
        }
        let mut t = match name.as_str() {
            "int" => Ty::Int,
            "long" => Ty::Long,
            "bool" => Ty::Bool,
            "double" => Ty::Double,
            "char" => Ty::Char,
            "byte" | "sbyte" | "short" | "ushort" => {
                Ty::Small(crate::types::SmallInt::from_name(&name)?)
            }
            "uint" => Ty::UInt,
            "ulong" => Ty::ULong,
            "float" => Ty::Float,
            "string" => Ty::String,
            "void" => Ty::Void,
            "object" => Ty::Object,
            _ => {
                if let Some(i) = self.params.iter().position(|p| *p == name) {
                    Ty::Param(i as u32, name.as_str().into())
                } else if let Some(l) = nested(&name).or_else(|| Lib::by_name(&name, args.len())) {
                    Ty::Lib(l, args)
                } else if declare && args.is_empty() {
                    self.params.push(name.clone());
                    Ty::Param(self.params.len() as u32 - 1, name.as_str().into())
                } else {
                    return None;
                }
            }
        };
        while self.peek() == "[" {
            self.pos += 1;
            if self.eat(",") {
                self.expect("]")?;
                t = Ty::Lib(Lib::MdArray, vec![t]);
                continue;
            }
            self.expect("]")?;
            t = Ty::array_of(t);
        }
        Some(t)
    }

    fn param_list(&mut self, close: &str) -> Option<(Vec<(String, Ty)>, bool)> {
        let mut params = Vec::new();
        let mut params_array = false;
        self.outs.clear();
        if self.eat(close) {
            return Some((params, false));
        }
        loop {
            if self.eat("params") {
                params_array = true;
            }
            if self.eat("out") {
                self.outs.push(params.len());
            }
            let ty = self.ty(false)?;
            let name = self.next();
            params.push((name, ty));
            if self.eat(close) {
                break;
            }
            self.expect(",")?;
        }
        Some((params, params_array))
    }
}

fn parse_line(line: &str) -> Option<Builtin> {
    let mut p = P {
        toks: tokenize(line),
        pos: 0,
        params: Vec::new(),
        outs: Vec::new(),
    };
    let owner_ty = p.ty(true)?;
    let owner = Owner::of(&owner_ty)?;
    let owner_arity = p.params.len() as u32;
    p.expect(":")?;
    let mut b = Builtin {
        owner,
        owner_ty,
        owner_arity,
        name: String::new(),
        kind: MemberKind::Method,
        is_static: false,
        type_params: Vec::new(),
        params: Vec::new(),
        params_array: false,
        out_params: Vec::new(),
        ret: Ty::Void,
        behavior: Default::default(),
    };
    if p.eat("new") {
        p.expect("(")?;
        (b.params, b.params_array) = p.param_list(")")?;
        b.kind = MemberKind::Constructor;
        b.name = ".ctor".into();
        b.ret = b.owner_ty.clone();
        b.is_static = true;
        return (p.pos == p.toks.len()).then_some(b);
    }
    if p.eat("const") {
        b.ret = p.ty(false)?;
        b.name = p.next();
        p.expect("=")?;
        // A double's literal spans several tokens (`1.7976931348623157E+308`).
        let lit: String = if matches!(b.ret, Ty::Double | Ty::Float) {
            let rest = p.toks[p.pos..].concat();
            p.pos = p.toks.len();
            rest
        } else {
            p.next()
        };
        let value = match b.ret {
            Ty::Double => ConstValue::Double(lit.parse().ok()?),
            Ty::Small(t) => ConstValue::Small(t, lit.parse().ok()?),
            Ty::Int => ConstValue::Int(lit.parse().ok()?),
            Ty::Long => ConstValue::Long(lit.parse().ok()?),
            Ty::UInt => ConstValue::UInt(lit.parse().ok()?),
            Ty::ULong => ConstValue::ULong(lit.parse().ok()?),
            Ty::Float => ConstValue::Float(lit.parse().ok()?),
            // Enum members are constants of the enum type with their underlying int value.
            Ty::Lib(l, _) if l.is_enum() => ConstValue::Int(lit.parse().ok()?),
            _ => return None,
        };
        b.kind = MemberKind::Const(value);
        b.is_static = true;
        return (p.pos == p.toks.len()).then_some(b);
    }
    b.is_static = p.eat("static");
    if p.eat("<") {
        loop {
            let n = p.next();
            b.type_params.push(n.clone());
            p.params.push(n);
            if !p.eat(",") {
                break;
            }
        }
        p.expect(">")?;
    }
    b.ret = p.ty(false)?;
    if p.eat("this") {
        p.expect("[")?;
        (b.params, _) = p.param_list("]")?;
        b.name = "this[]".into();
        b.kind = MemberKind::Indexer {
            setter: accessors(&mut p)?,
        };
        return (p.pos == p.toks.len()).then_some(b);
    }
    b.name = p.next();
    if p.peek() == "{" {
        b.kind = MemberKind::Property {
            setter: accessors(&mut p)?,
        };
    } else {
        p.expect("(")?;
        (b.params, b.params_array) = p.param_list(")")?;
        b.out_params = std::mem::take(&mut p.outs);
    }
    (p.pos == p.toks.len()).then_some(b)
}

/// The dictionary's nested collections, which the table names without their owner.
fn nested(name: &str) -> Option<Lib> {
    match name {
        "KeyCollection" => Some(Lib::KeyCollection),
        "ValueCollection" => Some(Lib::ValueCollection),
        _ => None,
    }
}

/// `{ get; }` or `{ get; set; }`: returns whether there is a setter.
fn accessors(p: &mut P) -> Option<bool> {
    p.expect("{")?;
    p.expect("get")?;
    p.expect(";")?;
    let setter = p.eat("set");
    if setter {
        p.expect(";")?;
    }
    p.expect("}")?;
    Some(setter)
}
