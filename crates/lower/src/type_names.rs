//! .NET's full names of types (`System.Func`2[System.Int32,System.String]`, `Shop.Outer+Inner`):
//! what `GetType().FullName` and the default `ToString()` of an object of the type give.

use unawait_sema::hir::{self, ClassId};
use unawait_sema::types::Ty;

/// A class of the program: its namespace, and its outer types joined with `+`.
pub(crate) fn class_name(program: &hir::Program, id: ClassId) -> String {
    let c = program.class(id);
    if let Some(shape) = &c.anonymous {
        // Roslyn's generic class, instantiated with the properties' types.
        let args: Vec<String> = shape.iter().map(|(_, t)| dotnet_name(program, t)).collect();
        if args.is_empty() {
            return c.name.clone();
        }
        return format!("{}`{}[{}]", c.name, args.len(), args.join(","));
    }
    // `Box`1[System.Int32]`, `Outer`1+Inner[System.Int32]`: each generic type of the chain
    // by its name and arity, every type argument at the end.
    let mut args: Vec<String> = Vec::new();
    let mut name = String::new();
    let mut cur = Some(id);
    while let Some(k) = cur.filter(|_| name.len() < 4096) {
        let class = program.class(k);
        let own = match &class.generic {
            Some(g) => {
                let mut shown: Vec<String> =
                    g.args.iter().map(|t| dotnet_name(program, t)).collect();
                shown.append(&mut args);
                args = shown;
                format!("{}`{}", g.name, g.args.len())
            }
            None => class.name.clone(),
        };
        name = if name.is_empty() {
            own
        } else {
            format!("{own}+{name}")
        };
        cur = class.outer;
    }
    if !args.is_empty() {
        name = format!("{name}[{}]", args.join(","));
    }
    match &c.namespace {
        Some(ns) => format!("{ns}.{name}"),
        None => name,
    }
}

pub(crate) fn dotnet_name(program: &hir::Program, ty: &Ty) -> String {
    let primitive = match ty {
        Ty::Int => "System.Int32",
        Ty::Long => "System.Int64",
        Ty::Bool => "System.Boolean",
        Ty::Double => "System.Double",
        Ty::Char => "System.Char",
        Ty::UInt => "System.UInt32",
        Ty::ULong => "System.UInt64",
        Ty::Float => "System.Single",
        Ty::String => "System.String",
        Ty::Small(s) => return format!("System.{}", s.dotnet_name()),
        Ty::Array(e) => return format!("{}[]", dotnet_name(program, e)),
        Ty::Class(id, _) | Ty::Enum(id, _) => return class_name(program, *id),
        Ty::Param(_, name) => return name.to_string(),
        Ty::Lib(l, args) => {
            let info = l.info();
            let mut name = format!("{}.{}", info.namespace, info.name);
            if !args.is_empty() {
                let args: Vec<String> = args.iter().map(|a| dotnet_name(program, a)).collect();
                name = format!("{name}`{}[{}]", args.len(), args.join(","));
            }
            return name;
        }
        _ => "System.Object",
    };
    primitive.to_string()
}
