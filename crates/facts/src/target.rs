//! Which method of the program a call runs: the callee itself, unless it is virtual (or an
//! interface's), when the object's class decides. The whole program is known, so a virtual call
//! is still decided statically when it is made through `base.` (lowering then calls the base
//! class's vtable entry directly) or when every class an object of the receiver's type can have
//! runs the same implementation (a `sealed` class or `sealed override`, or a method no derived
//! class overrides). Also: which `object` overrides (`ToString()`, `Equals(object)`,
//! `GetHashCode()`) a value of a static type may run when the library calls them implicitly.

use unawait_sema::hir::{Callee, ClassId, ClassKind, Expr, ExprKind, MethodId, Program, Virt};
use unawait_sema::types::Ty;

/// Why a call of a virtual method runs one implementation known before the run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direct {
    /// `base.M()`: the base class's implementation, without virtual dispatch.
    Base,
    /// Every non-abstract class that is the receiver's static type or derives from it runs the
    /// same implementation.
    OnlyImplementation { class: ClassId },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// Not virtual: the callee (or the constructor) runs.
    Direct(MethodId),
    /// Virtual, but only this implementation can run.
    Resolved {
        callee: MethodId,
        runs: MethodId,
        why: Direct,
    },
    /// Virtual or an interface's: the object's class decides at run time.
    Dispatched(MethodId),
}

impl Target {
    /// The method whose facts hold for the call: the one that runs, or for a dispatched call
    /// the callee (whose facts then do not apply).
    pub fn method(self) -> MethodId {
        match self {
            Target::Direct(m) | Target::Dispatched(m) => m,
            Target::Resolved { runs, .. } => runs,
        }
    }
}

/// What a call (or `new`) of a method of the program runs; `None` for other expressions.
pub fn call_target(program: &Program, e: &Expr) -> Option<Target> {
    let (m, receiver) = match &e.kind {
        ExprKind::Call {
            callee: Callee::User(m),
            receiver,
            ..
        } => (*m, receiver.as_deref()),
        ExprKind::NewObject { ctor, .. } => return ctor.map(Target::Direct),
        _ => return None,
    };
    let method = program.method(m);
    if !crate::tree::dispatched(program, method) {
        return Some(Target::Direct(m));
    }
    let (Some(slot), Some(r)) = (method.vslot, receiver) else {
        return Some(Target::Dispatched(m));
    };
    let Ty::Class(c, _) = &r.ty else {
        return Some(Target::Dispatched(m));
    };
    let resolved = |runs: MethodId, why| {
        // An abstract method has no body to run; C# rejects `base.` calls of one (CS0205).
        let m2 = program.method(runs);
        (m2.virt != Virt::Abstract && m2.body.is_some()).then_some(Target::Resolved {
            callee: m,
            runs,
            why,
        })
    };
    let found = if matches!(r.kind, ExprKind::Base) {
        let runs = program.class(*c).vtable.get(slot as usize).copied();
        runs.and_then(|t| resolved(t, Direct::Base))
    } else if program.class(*c).kind == ClassKind::Class {
        only_implementation(program, *c, slot)
            .and_then(|t| resolved(t, Direct::OnlyImplementation { class: *c }))
    } else {
        None
    };
    Some(found.unwrap_or(Target::Dispatched(m)))
}

/// Every method a dispatched call `e` may run, when the program tells: the implementations of
/// its slot in the classes an object of the receiver's type can have, or of an interface
/// method in the classes implementing it.
pub fn implementations(program: &Program, e: &Expr) -> Option<Vec<MethodId>> {
    let ExprKind::Call {
        callee: Callee::User(m),
        receiver: Some(r),
        ..
    } = &e.kind
    else {
        return None;
    };
    let method = program.method(*m);
    let mut out: Vec<MethodId> = Vec::new();
    if program.class(method.class).kind == ClassKind::Interface {
        for class in &program.classes {
            for (i, runs) in &class.itable {
                // A virtual implementation runs the override of the object's class.
                if i == m && program.method(*runs).vslot.is_some() {
                    return None;
                }
                if i == m && !out.contains(runs) {
                    out.push(*runs);
                }
            }
        }
        return Some(out);
    }
    let (Some(slot), Ty::Class(c, _)) = (method.vslot, &r.ty) else {
        return None;
    };
    for (i, class) in program.classes.iter().enumerate() {
        if class.is_abstract || !derives(program, ClassId(i as u32), *c) {
            continue;
        }
        let runs = *class.vtable.get(slot as usize)?;
        if !out.contains(&runs) {
            out.push(runs);
        }
    }
    Some(out)
}

/// The one method that slot `slot` runs for every object of class `c` or a class derived from
/// it (abstract classes have no objects of their own).
fn only_implementation(program: &Program, c: ClassId, slot: u32) -> Option<MethodId> {
    let mut found: Option<MethodId> = None;
    for (i, class) in program.classes.iter().enumerate() {
        let d = ClassId(i as u32);
        if class.is_abstract || !derives(program, d, c) {
            continue;
        }
        let runs = *class.vtable.get(slot as usize)?;
        match found {
            Some(f) if f != runs => return None,
            _ => found = Some(runs),
        }
    }
    found
}

/// `d` is `c` or derives from it.
pub fn derives(program: &Program, d: ClassId, c: ClassId) -> bool {
    let mut at = Some(d);
    // A cycle is reported by sema (CS0146); the bound keeps a recovered program from looping.
    for _ in 0..=program.classes.len() {
        match at {
            Some(x) if x == c => return true,
            Some(x) => at = program.class(x).base,
            None => return false,
        }
    }
    false
}

/// The `object` methods the library runs implicitly on a value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ObjectCalls {
    /// Concatenation and interpolation: `ToString()`.
    ToString,
    /// A library member given the value: it may print it, compare it or hash it.
    Any,
}

/// The overrides of `object`'s virtual methods (and of `Exception.Message`) that the library
/// may run on a value of type `ty`: those of every class a value of that type can be an object
/// of (for `object`, an interface, a generic parameter or a library type that user classes
/// derive from or that holds such values: every class of the program).
pub fn object_overrides(program: &Program, ty: &Ty, which: ObjectCalls) -> Vec<MethodId> {
    use unawait_sema::types::Lib;
    let classes: Vec<ClassId> = match ty {
        // A comparer: the library runs the `Compare`/`Equals`/`GetHashCode` of any class of
        // the program implementing the interface.
        Ty::Lib(Lib::IComparer | Lib::IEqualityComparer, _) if which == ObjectCalls::Any => {
            return comparer_methods(program);
        }
        Ty::Error | Ty::Void | Ty::Null | Ty::Int | Ty::Long | Ty::Bool | Ty::Double => vec![],
        Ty::String => vec![],
        Ty::Class(c, _) if program.class(*c).kind != ClassKind::Interface => {
            (0..program.classes.len())
                .map(|i| ClassId(i as u32))
                .filter(|&d| derives(program, d, *c))
                .collect()
        }
        // A collection or task holds values of its type arguments; an exception may be of a
        // class of the program deriving from it.
        Ty::Lib(l, args) if !l.is_exception() => {
            let mut out = Vec::new();
            for a in args {
                for m in object_overrides(program, a, which) {
                    if !out.contains(&m) {
                        out.push(m);
                    }
                }
            }
            return out;
        }
        Ty::Array(of) => return object_overrides(program, of, which),
        _ => (0..program.classes.len())
            .map(|i| ClassId(i as u32))
            .collect(),
    };
    let mut out = Vec::new();
    for d in classes {
        for &m in &program.class(d).vtable {
            let method = program.method(m);
            let wanted = match method.name.as_str() {
                "ToString" => method.params.is_empty() && method.return_type == Ty::String,
                "Equals" | "GetHashCode" if which == ObjectCalls::Any => true,
                // An exception's `Message` override: the library reads the message through it.
                "get_Message" if which == ObjectCalls::Any => true,
                _ => false,
            };
            if wanted && method.virt == Virt::Override && !out.contains(&m) {
                out.push(m);
            }
        }
        if which == ObjectCalls::Any {
            for m in class_comparer_methods(program, d) {
                if !out.contains(&m) {
                    out.push(m);
                }
            }
        }
    }
    out
}

/// The methods of class `c` implementing `IComparer<T>.Compare`, `IEqualityComparer<T>.Equals`
/// or `.GetHashCode`, which the library runs on a comparer of the program.
fn class_comparer_methods(program: &Program, c: ClassId) -> impl Iterator<Item = MethodId> + '_ {
    use unawait_sema::user_enumerables as ue;
    program
        .class(c)
        .iteration
        .iter()
        .filter(|(k, _)| matches!(*k, ue::COMPARE | ue::EQUALS | ue::HASH))
        .map(|&(_, m)| m)
}

/// Every class's comparer methods (`class_comparer_methods`).
pub fn comparer_methods(program: &Program) -> Vec<MethodId> {
    let mut out = Vec::new();
    for i in 0..program.classes.len() {
        for m in class_comparer_methods(program, ClassId(i as u32)) {
            if !out.contains(&m) {
                out.push(m);
            }
        }
    }
    out
}
