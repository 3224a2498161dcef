//! One line of the library's table to a `Builtin` (the syntax is in `mod.rs`).

use super::{Builtin, MemberKind, Owner};
use crate::constants::ConstValue;
use crate::types::{Lib, Ty};

/// Tokens as slices of the line: identifiers (and numbers, with a leading `-`) whole, anything
/// else one character at a time.
fn tokenize(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut chars = s.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        let mut end = start + c.len_utf8();
        if c.is_alphanumeric() || c == '_' || c == '-' {
            while let Some(&(i, d)) = chars.peek() {
                if !(d.is_alphanumeric() || d == '_') {
                    break;
                }
                end = i + d.len_utf8();
                chars.next();
            }
        }
        out.push(&s[start..end]);
    }
    out
}

struct P<'a> {
    toks: Vec<&'a str>,
    pos: usize,
    /// Type parameter names in scope: owner's first, then the method's.
    params: Vec<String>,
    /// The `out` parameters of the last parameter list read.
    outs: Vec<usize>,
}

impl<'a> P<'a> {
    fn peek(&self) -> &'a str {
        self.toks.get(self.pos).copied().unwrap_or("")
    }
    fn next(&mut self) -> &'a str {
        let t = self.peek();
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
        let mut t = match name {
            "int" => Ty::Int,
            "long" => Ty::Long,
            "bool" => Ty::Bool,
            "double" => Ty::Double,
            "char" => Ty::Char,
            "byte" | "sbyte" | "short" | "ushort" => {
                Ty::Small(crate::types::SmallInt::from_name(name)?)
            }
            "uint" => Ty::UInt,
            "ulong" => Ty::ULong,
            "float" => Ty::Float,
            "string" => Ty::String,
            "void" => Ty::Void,
            "object" => Ty::Object,
            _ => {
                if let Some(i) = self.params.iter().position(|p| *p == name) {
                    Ty::Param(i as u32, name.into())
                } else if let Some(l) = nested(name).or_else(|| Lib::by_name(name, args.len())) {
                    Ty::Lib(l, args)
                } else if declare && args.is_empty() {
                    self.params.push(name.to_string());
                    Ty::Param(self.params.len() as u32 - 1, name.into())
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
            params.push((name.to_string(), ty));
            if self.eat(close) {
                break;
            }
            self.expect(",")?;
        }
        Some((params, params_array))
    }
}

pub(super) fn parse_line(line: &str) -> Option<Builtin> {
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
        key_cache: Default::default(),
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
        b.name = p.next().to_string();
        p.expect("=")?;
        // A double's literal spans several tokens (`1.7976931348623157E+308`).
        let lit: String = if matches!(b.ret, Ty::Double | Ty::Float) {
            let rest = p.toks[p.pos..].concat();
            p.pos = p.toks.len();
            rest
        } else {
            p.next().to_string()
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
            let n = p.next().to_string();
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
    b.name = p.next().to_string();
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
fn accessors(p: &mut P<'_>) -> Option<bool> {
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

/// The owner of a line (`List<T>`, `string`, `T[]`), whatever its members.
pub(super) fn owner(text: &str) -> Option<Owner> {
    let mut p = P {
        toks: tokenize(text),
        pos: 0,
        params: Vec::new(),
        outs: Vec::new(),
    };
    let ty = p.ty(true)?;
    (p.pos == p.toks.len()).then_some(())?;
    Owner::of(&ty)
}
