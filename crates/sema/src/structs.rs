//! C#'s rules for the program's structs: what a declaration may contain (no cycle of struct
//! fields, CS0523; no `: base(...)`, CS0522), and which struct values are variables whose
//! fields an assignment may change (CS1612, CS1648, CS1650, CS1654). The parts of C# 10 that
//! mcs rejects (instance field initializers, explicit parameterless constructors) draw UA0100.

use unawait_syntax::ast;
use unawait_syntax::Span;

use crate::body::Body;
use crate::check_items::Decl;
use crate::context::Ctx;
use crate::hir::{Callee, ClassId, ClassKind, Expr, ExprKind, LocalKind};
use crate::types::Ty;

/// The struct a type names, if it is one of the program's.
pub(crate) fn struct_of(ty: &Ty) -> Option<ClassId> {
    match ty {
        Ty::Class(id, c) if c.is_struct => Some(*id),
        _ => None,
    }
}

/// Declaration rules, once every member is known.
pub(crate) fn check_declarations(cx: &mut Ctx<'_>, decls: &[Decl<'_>]) {
    let mut any_cycle = false;
    for d in decls {
        let c = cx.program.class(d.id);
        if c.kind != ClassKind::Struct || cx.skipped_classes.contains(&d.id) {
            continue;
        }
        for m in &d.td.members {
            let (mods, name) = match m {
                ast::Member::Field(f) => (&f.modifiers, f.declarators.first().map(|x| &x.name)),
                ast::Member::Method(md) => (&md.modifiers, Some(&md.name)),
                ast::Member::Property(p) => (&p.modifiers, Some(&p.name)),
                ast::Member::Constructor(c) => (&c.modifiers, Some(&c.name)),
                _ => continue,
            };
            if let (Some(span), Some(name)) = (mods.span_of(ast::Modifier::Protected), name) {
                let shown = format!("{}.{}", cx.class_display(d.id), name.name);
                cx.error(
                    "CS0666",
                    format!("'{shown}': new protected member declared in struct"),
                    span,
                    "a struct has no derived types: use `private` or `internal`",
                );
            }
        }
        if d.td.modifiers.has(ast::Modifier::Readonly) {
            readonly_struct(cx, d);
        }
        let c = cx.program.class(d.id);
        for f in c.fields.clone() {
            let field = cx.program.field(f);
            if field.is_static {
                continue;
            }
            let (span, ty) = (field.name_span, field.ty.clone());
            if let Some(init) = cx.field_inits.get(f.0 as usize).copied().flatten() {
                cx.unsupported(
                    "instance field initializers in structs (C# 10) are",
                    init.span,
                );
            }
            if let Some(inner) = struct_of(&ty) {
                if reaches(cx, inner, d.id, &mut Vec::new()) {
                    any_cycle = true;
                    let name = format!("{}.{}", cx.class_display(d.id), cx.program.field(f).name);
                    cx.error(
                        "CS0523",
                        format!(
                            "Struct member '{name}' of type '{ty}' causes a cycle in the struct layout"
                        ),
                        span,
                        "a struct cannot contain itself; use a class for one of them",
                    );
                }
            }
        }
    }
    // (After a cycle, CS0523, the count would be a guess.)
    for d in decls.iter().filter(|_| !any_cycle) {
        let c = cx.program.class(d.id);
        if c.kind == ClassKind::Struct
            && !cx.skipped_classes.contains(&d.id)
            && struct_values(cx, d.id, 0) > MAX_STRUCT_VALUES
        {
            cx.unsupported(
                "structs made of more than 256 nested struct values are",
                d.td.name.span,
            );
        }
    }
}

/// `readonly struct`: every instance field is `readonly` (CS8340), every instance auto-property
/// has no `set` (CS8341). Its methods then cannot change it: assigning a field is CS0191, a
/// member of one CS1648.
fn readonly_struct(cx: &mut Ctx<'_>, d: &Decl<'_>) {
    for m in &d.td.members {
        match m {
            ast::Member::Field(f)
                if !f.modifiers.has(ast::Modifier::Static)
                    && !f.modifiers.has(ast::Modifier::Const)
                    && !f.modifiers.has(ast::Modifier::Readonly) =>
            {
                for decl in &f.declarators {
                    cx.error(
                        "CS8340",
                        "Instance fields of readonly structs must be readonly.",
                        decl.name.span,
                        "add `readonly`",
                    );
                }
            }
            ast::Member::Property(p) if !p.modifiers.has(ast::Modifier::Static) => {
                let auto_set = p
                    .accessors
                    .iter()
                    .find(|a| a.kind.name == "set" && matches!(a.body, ast::Body::None(_)));
                if let Some(a) = auto_set {
                    cx.error(
                        "CS8341",
                        "Auto-implemented instance properties in readonly structs must be readonly.",
                        a.kind.span,
                        "remove `set;` (set it in a constructor), or use `init;`",
                    );
                }
            }
            _ => {}
        }
    }
}

/// How many struct values a value of struct `s` is made of (itself and its nested structs),
/// capped: lower copies a struct field by field, so a copy is as long as this.
fn struct_values(cx: &Ctx<'_>, s: ClassId, depth: usize) -> usize {
    if depth > 16 {
        return MAX_STRUCT_VALUES + 1;
    }
    let mut n = 1usize;
    for &f in &cx.program.class(s).fields {
        let field = cx.program.field(f);
        if let Some(inner) = struct_of(&field.ty).filter(|_| !field.is_static) {
            n = n.saturating_add(struct_values(cx, inner, depth + 1));
            if n > MAX_STRUCT_VALUES {
                break;
            }
        }
    }
    n
}

/// Beyond this many nested struct values, a struct draws UA0100 (its copies would be long).
const MAX_STRUCT_VALUES: usize = 256;

/// Whether struct `from` contains struct `target` through its instance fields.
fn reaches(cx: &Ctx<'_>, from: ClassId, target: ClassId, seen: &mut Vec<ClassId>) -> bool {
    if from == target {
        return true;
    }
    if seen.contains(&from) {
        return false;
    }
    seen.push(from);
    cx.program.class(from).fields.iter().any(|&f| {
        let field = cx.program.field(f);
        !field.is_static && struct_of(&field.ty).is_some_and(|s| reaches(cx, s, target, seen))
    })
}

/// A constructor of a struct: C# 10's explicit parameterless one draws UA0100 (mcs: CS0568),
/// `: base(...)` is CS0522.
pub(crate) fn check_constructor(cx: &mut Ctx<'_>, d: &Decl<'_>, c: &ast::ConstructorDecl) -> bool {
    if cx.program.class(d.id).kind != ClassKind::Struct {
        return true;
    }
    if c.params.is_empty() {
        cx.unsupported(
            "explicit parameterless struct constructors (C# 10) are",
            c.name.span,
        );
        return false;
    }
    if let Some((kw, _)) = &c.initializer {
        if kw.name == "base" {
            let name = cx.class_display(d.id).to_string();
            cx.error(
                "CS0522",
                format!("'{name}': structs cannot call base class constructors"),
                kw.span,
                "remove `: base(...)`",
            );
            return false;
        }
    }
    true
}

/// A library member that keeps C#'s value semantics when a type argument is a struct of the
/// program: it stores and returns values (which `lower` copies), and neither keeps a value as a
/// key (a dictionary or set would have to copy it in, which the library does not) nor hands out
/// the values it holds in bulk (`ToArray` would share each element's object between the list
/// and the array).
pub(crate) fn struct_safe_member(b: &crate::builtins::Builtin, type_args: &[Ty]) -> bool {
    use crate::builtins::{MemberKind, Owner};
    use crate::types::Lib;
    // A constructor taking a comparer: the default one compares as no comparer does, one of
    // the program's runs its own `Equals`/`GetHashCode` on the keys.
    let plain = |b: &crate::builtins::Builtin| {
        b.kind != MemberKind::Constructor
            || b.params
                .iter()
                .all(|(_, t)| matches!(t, Ty::Lib(Lib::IEqualityComparer, _)))
    };
    match b.owner {
        // Sets and dictionaries compare struct keys by value (their `Equals`/`GetHashCode`,
        // `IEquatable<T>`, else field by field, as .NET's default comparer does); every value
        // they store is a copy (an argument is one), and every value read out is copied again.
        // Copying constructors and set operations would share values between collections.
        Owner::Lib(Lib::HashSet) => {
            plain(b)
                && matches!(
                    b.name.as_str(),
                    ".ctor"
                        | "Add"
                        | "Contains"
                        | "Remove"
                        | "Count"
                        | "Clear"
                        | "ToString"
                        | "GetType"
                )
        }
        Owner::Lib(Lib::Dictionary) => {
            plain(b)
                && match b.name.as_str() {
                    ".ctor" | "Add" | "this" | "Item" | "get_Item" | "set_Item" | "ContainsKey"
                    | "ContainsValue" | "Count" | "Clear" | "TryAdd" | "Keys" | "Values"
                    | "ToString" | "GetType" => true,
                    // `out` copies the value (lower's `OutCall`); a default would be null.
                    "TryGetValue" | "Remove" => true,
                    // lower gives a copy, or a zeroed struct where the library has none.
                    "GetValueOrDefault" => true,
                    _ => false,
                }
        }
        Owner::Lib(Lib::Queue | Lib::Stack) => {
            plain(b)
                && matches!(
                    b.name.as_str(),
                    ".ctor"
                        | "ToArray"
                        | "Enqueue"
                        | "Dequeue"
                        | "TryDequeue"
                        | "TryPop"
                        | "TryPeek"
                        | "Push"
                        | "Pop"
                        | "Peek"
                        | "Contains"
                        | "Count"
                        | "Clear"
                        | "ToString"
                        | "GetType"
                )
        }
        Owner::Lib(Lib::List) => match b.kind {
            MemberKind::Constructor => b.params.iter().all(|(_, t)| *t == Ty::Int),
            // Every struct value a list stores is a copy (an argument is one) and is never
            // changed in place, so lists may share them (`GetRange`); `AddRange` and
            // `InsertRange` would share an array's, which can change.
            _ => {
                matches!(
                    b.name.as_str(),
                    "Add"
                    | "Clear"
                    | "ToString"
                    | "GetType"
                    | "Contains"
                    | "IndexOf"
                    | "LastIndexOf"
                    | "Remove"
                    | "RemoveAt"
                    | "RemoveRange"
                    | "Insert"
                    | "GetRange"
                    | "Reverse"
                    // lower copies each element into the new array.
                    | "ToArray"
                    // Their delegates copy what they are given (`Method::delegate_entry`); lower
                    // zeroes a default that is the word 0 (`Find` of nothing).
                    | "ForEach"
                    | "Find"
                    | "FindLast"
                    | "FindIndex"
                    | "FindAll"
                    | "Exists"
                    | "TrueForAll"
                    | "RemoveAll"
                    | "ConvertAll"
                ) || matches!(
                    b.key(),
                    "List<T>.Sort(Comparison<T>)" | "List<T>.Sort(IComparer<T>)"
                )
            }
        },
        // The interfaces' members reach those of the collection the object is (which stores
        // copies and gives copies out) one value at a time.
        Owner::Lib(
            Lib::IList | Lib::ICollection | Lib::IReadOnlyList | Lib::IReadOnlyCollection,
        ) => {
            matches!(
                b.name.as_str(),
                "Add"
                    | "Clear"
                    | "Contains"
                    | "IndexOf"
                    | "Remove"
                    | "RemoveAt"
                    | "Insert"
                    | "Count"
                    | "ToString"
                    | "GetType"
            )
        }
        Owner::Lib(Lib::IDictionary | Lib::IReadOnlyDictionary) => matches!(
            b.name.as_str(),
            "Add"
                | "ContainsKey"
                | "Count"
                | "Clear"
                | "Keys"
                | "Values"
                | "ToString"
                | "GetType"
                | "TryGetValue"
                | "Remove"
                | "Contains"
        ),
        // LINQ's operators hand values on: an array's struct elements are read as copies
        // (runtime `collections::copy_structs`), the delegates a struct reaches copy it on
        // entry (`Method::delegate_entry`) and return new ones, the keyed operators compare
        // structs by value as sets do, and lower copies what comes out (`ToArray`'s elements,
        // a default that is the word 0). Not the default element `DefaultIfEmpty()` would put
        // in the sequence, nor a struct's order (`Max`/`Min` of a struct result).
        Owner::Lib(
            Lib::IEnumerable | Lib::IOrderedEnumerable | Lib::IGrouping | Lib::Enumerable,
        ) => match b.name.as_str() {
            "DefaultIfEmpty" => !b.params.is_empty(),
            "Max" | "Min" => !type_args.iter().skip(1).any(Ty::is_struct),
            "Select" | "Where" | "TakeWhile" | "SkipWhile" | "SelectMany" | "Take" | "Skip"
            | "Distinct" | "Reverse" | "Concat" | "Union" | "Intersect" | "Except" | "Append"
            | "Prepend" | "LongCount" | "ElementAt" | "ElementAtOrDefault" | "SequenceEqual"
            | "Zip" | "OrderBy" | "OrderByDescending" | "ThenBy" | "ThenByDescending"
            | "GroupBy" | "Key" | "Join" | "GroupJoin" | "Repeat" | "Empty" | "ToDictionary"
            | "ToHashSet" | "Single" | "SingleOrDefault" | "Last" | "LastOrDefault" | "First"
            | "FirstOrDefault" | "Contains" | "Aggregate" | "Average" | "Sum" | "ToList"
            | "ToArray" | "Count" | "Any" | "All" | "GetEnumerator" | "ToString" | "GetType" => {
                true
            }
            _ => false,
        },
        // A comparer is given copies (its delegate copies them again on entry).
        Owner::Lib(Lib::IEnumerator | Lib::Parallel | Lib::IComparer | Lib::IEqualityComparer) => {
            true
        }
        // `Task.Run` and `new Task<S>` take a `Func<S>`, whose method returns a new struct.
        Owner::Lib(Lib::Task) => b.name != "WhenAll",
        // `Array`'s members and `Clone` move the struct objects an array's slots own, or copy
        // the ones they put in more than one place (runtime `array_ops.rs`).
        Owner::Lib(Lib::Array) | Owner::Array => true,
        // `S?` is null or a copy of the struct (the box `int?` is); lower gives
        // `GetValueOrDefault()` of null a zeroed struct.
        Owner::Lib(Lib::Nullable) => true,
        Owner::Lib(
            Lib::TaskOf
            | Lib::ValueTask
            | Lib::ValueTaskOf
            | Lib::TaskCompletionSource
            | Lib::TaskAwaiterOf
            | Lib::ValueTaskAwaiterOf
            | Lib::ConfiguredTaskAwaitableOf
            | Lib::ConfiguredTaskAwaiterOf
            | Lib::ConfiguredValueTaskAwaitableOf
            | Lib::ConfiguredValueTaskAwaiterOf
            | Lib::Console,
        )
        | Owner::Object
        | Owner::String => true,
        _ => false,
    }
}

/// A library call with a struct type argument that keeps C#'s value semantics because of its
/// arguments: a collection filled from a collection whose struct elements never change in
/// place (a list, set, queue, stack or dictionary: they hand out copies) or from an array
/// (lower passes a copy of it); `Task.WhenAll` of `Task<S>`s awaited at once (lower copies the
/// results into the array the await gives).
pub(crate) fn struct_safe_call(b: &crate::builtins::Builtin, args: &[Expr], awaited: bool) -> bool {
    use crate::builtins::Owner;
    use crate::types::Lib;
    let filling = match b.owner {
        Owner::Lib(Lib::List) => matches!(b.name.as_str(), ".ctor" | "AddRange" | "InsertRange"),
        Owner::Lib(Lib::HashSet) => b.name == ".ctor",
        Owner::Lib(Lib::Queue | Lib::Stack) => b.name == ".ctor",
        Owner::Lib(Lib::Dictionary) => {
            return b.name == ".ctor"
                && matches!(b.params.as_slice(), [(_, Ty::Lib(Lib::Dictionary, _))]);
        }
        Owner::Lib(Lib::Task) => return b.name == "WhenAll" && awaited,
        _ => false,
    };
    let source = b
        .params
        .iter()
        .position(|(_, t)| matches!(t, Ty::Lib(Lib::IEnumerable, _)))
        .and_then(|i| args.get(i));
    // Any other sequence's structs are shared only where nothing changes them in place: a
    // query's come from lambdas (new ones), collections, or arrays, whose elements the
    // runtime copies as it reads them (`collections::copy_structs`).
    filling
        && source.is_some_and(|a| match &a.ty {
            Ty::Array(e) => e.is_struct(),
            Ty::Lib(
                Lib::List
                | Lib::HashSet
                | Lib::Queue
                | Lib::Stack
                | Lib::IEnumerable
                | Lib::IOrderedEnumerable
                | Lib::IGrouping,
                e,
            ) => e.last().is_some_and(Ty::is_struct),
            _ => false,
        })
}

impl Body<'_, '_> {
    /// Whether a field of the struct value `receiver` may be assigned: the value must be a
    /// variable, and one C# lets this code change. Reports C#'s error when not.
    pub(crate) fn struct_receiver_assignable(&mut self, receiver: &Expr, span: Span) -> bool {
        if struct_of(&receiver.ty).is_none() {
            return true;
        }
        match &receiver.kind {
            ExprKind::Local(id) => {
                let l = self.local(*id);
                if l.kind == LocalKind::ForeachVar {
                    let name = l.name.clone();
                    self.err(
                        "CS1654",
                        format!("Cannot modify members of '{name}' because it is a 'foreach iteration variable'"),
                        span,
                        "copy it into another local, change the copy, and store it back",
                    );
                    return false;
                }
                if l.by_ref == Some(crate::hir::RefKind::In) {
                    let name = l.name.clone();
                    self.err(
                        "CS8332",
                        format!("Cannot assign to a member of variable '{name}' or use it as the right hand side of a ref assignment because it is a readonly variable"),
                        span,
                        "an `in` parameter can only be read: copy it into a local first",
                    );
                    return false;
                }
                true
            }
            ExprKind::This | ExprKind::ArrayElement { .. } | ExprKind::Error => true,
            ExprKind::StaticField(f) => {
                let field = self.cx.program.field(*f);
                let in_cctor = self.func.method.is_some_and(|m| {
                    let m = self.cx.program.method(m);
                    m.kind == crate::hir::MethodKind::StaticConstructor && m.class == field.class
                });
                if field.is_readonly && !in_cctor {
                    let name = format!("{}.{}", self.cx.class_display(field.class), field.name);
                    self.err(
                        "CS1650",
                        format!("Fields of static readonly field '{name}' cannot be assigned to (except in a static constructor or a variable initializer)"),
                        span,
                        "remove `readonly`, or assign the whole field in the static constructor",
                    );
                    return false;
                }
                true
            }
            ExprKind::InstanceField {
                receiver: outer,
                field,
            } => {
                let f = self.cx.program.field(*field);
                let name = format!("{}.{}", self.cx.class_display(f.class), f.name);
                if let Some(p) = self.cx.props_by_field.get(field) {
                    // An auto-property is read through its getter: the value is a copy.
                    let shown = format!("{}.{}", self.cx.class_display(f.class), p.name);
                    self.not_a_variable(&shown, span);
                    return false;
                }
                let in_ctor = self.func.method.is_some_and(|m| {
                    let m = self.cx.program.method(m);
                    m.kind == crate::hir::MethodKind::Constructor && m.class == f.class
                }) && matches!(outer.kind, ExprKind::This);
                if f.is_readonly && !in_ctor {
                    self.err(
                        "CS1648",
                        format!("Members of readonly field '{name}' cannot be modified (except in a constructor or a variable initializer)"),
                        span,
                        "remove `readonly`, or assign the whole field in a constructor",
                    );
                    return false;
                }
                self.struct_receiver_assignable(outer, span)
            }
            ExprKind::Call {
                callee: Callee::User(m),
                ..
            } => {
                let shown = match self.cx.props_by_getter.get(m) {
                    Some(p) => {
                        let class = self.cx.program.method(*m).class;
                        format!("{}.{}", self.cx.class_display(class), p.name)
                    }
                    None => self.method_display(*m),
                };
                self.not_a_variable(&shown, span);
                false
            }
            // `g[i, j].X = 1` is valid C# (an element of an array is a variable), but the
            // two-dimensional array's element is read through its indexer here.
            ExprKind::Indexer { target, .. }
                if matches!(target.ty, Ty::Lib(crate::types::Lib::MdArray, _)) =>
            {
                self.cx.unsupported(
                    "assigning a field of a struct element of a two-dimensional array is",
                    span,
                );
                false
            }
            ExprKind::Indexer {
                indexer, target, ..
            } => {
                let args = match &target.ty {
                    Ty::Lib(_, a) => a.clone(),
                    _ => Vec::new(),
                };
                let shown = crate::builtins::library().get(*indexer).display(&args);
                self.not_a_variable(&shown, span);
                false
            }
            _ => {
                self.cx
                    .unsupported("assigning a member of this struct value is", span);
                false
            }
        }
    }

    fn not_a_variable(&mut self, shown: &str, span: Span) {
        self.err(
            "CS1612",
            format!("Cannot modify the return value of '{shown}' because it is not a variable"),
            span,
            "store the value in a local variable, change the local, and store it back",
        );
    }
}
