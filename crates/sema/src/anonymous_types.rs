//! Anonymous types (`new { Name = p.Name, p.Age }`), made as Roslyn makes them: one sealed
//! class per list of property names and types, with a read-only property per member, a
//! constructor taking every value in order, and `Equals`/`GetHashCode`/`ToString` overrides
//! comparing, hashing and printing the values (`{ Name = Ada, Age = 36 }`).
//!
//! Roslyn makes one generic class per list of names (`<>f__AnonymousType0<T1, T2>`) and
//! instantiates it per list of types; the program has no generic classes, so each list of
//! names and types is a class of its own, numbered by its names as Roslyn numbers them, and
//! .NET's name for it (`GetType()`) carries the type arguments .NET's would.
//!
//! A class is made the first time a body meets its shape, so the checker checks bodies on one
//! thread when the file has anonymous objects (`CompilationUnit::anonymous_objects`).

use std::sync::Arc;

use unawait_syntax::ast::{self, ExprKind as A};
use unawait_syntax::Span;

use crate::body::Body;
use crate::builtins::{library, Owner};
use crate::check_expr::mk;
use crate::constants::ConstValue;
use crate::context::{ClassMember, Ctx, Prop};
use crate::hir::*;
use crate::types::Ty;

/// Roslyn's multiplier for combining the hashes of the properties (`0xA5555529`).
const HASH_FACTOR: i32 = 0xA555_5529_u32 as i32;

impl Body<'_, '_> {
    /// `new { A = a, b.C }`: an object of the anonymous class of its names and types.
    pub(crate) fn anonymous_object(
        &mut self,
        members: &[ast::AnonymousMember],
        span: Span,
    ) -> Expr {
        let mut shape: Vec<(String, Ty)> = Vec::new();
        let mut values = Vec::new();
        let mut failed = false;
        for m in members {
            let name = match &m.name {
                Some(n) => Some(n.name.clone()),
                None => {
                    let inferred = projected_name(&m.value);
                    if inferred.is_none() {
                        self.err(
                            "CS0746",
                            "Invalid anonymous type member declarator. Anonymous type members must be declared with a member assignment, simple name or member access.",
                            m.value.span,
                            "name the member: `Name = expression`",
                        );
                    }
                    inferred
                }
            };
            let value = self.untargeted_value(&m.value);
            let whole = m
                .name
                .as_ref()
                .map_or(m.value.span, |n| n.span.to(m.value.span));
            if name
                .as_ref()
                .is_some_and(|n| shape.iter().any(|(s, _)| s == n))
            {
                self.err(
                    "CS0833",
                    "An anonymous type cannot have multiple properties with the same name",
                    whole,
                    "give each member its own name: `Other = expression`",
                );
                failed = true;
            }
            if matches!(value.ty, Ty::Null | Ty::Void) {
                let what = if value.ty == Ty::Null {
                    "<null>"
                } else {
                    "void"
                };
                self.err(
                    "CS0828",
                    format!("Cannot assign '{what}' to anonymous type property"),
                    whole,
                    "give the value a type, e.g. `(string)null`",
                );
                failed = true;
            }
            failed |= name.is_none() || value.ty.is_error() || value.ty.contains_param();
            shape.push((name.unwrap_or_default(), value.ty.clone()));
            values.push(value);
        }
        if failed {
            return Expr::error(span);
        }
        let (class, ctor) = anonymous_class(self.cx, shape, span);
        let ty = self.cx.class_ty(class);
        let kind = ExprKind::NewObject {
            class,
            ctor: Some(ctor),
            args: values,
            init: Vec::new(),
        };
        mk(kind, ty, span)
    }

    /// A value with no type to convert to (`var x = e`, an anonymous type's member): C# 10
    /// gives a lambda or a method group its natural delegate type; a `default` literal has none.
    pub(crate) fn untargeted_value(&mut self, e: &ast::Expr) -> Expr {
        match e.kind {
            // C# 7.1's rule: nothing gives the literal a type here.
            A::Default(None) => {
                self.err(
                    "CS8716",
                    "There is no target type for the default literal.",
                    e.span,
                    "write the variable's type, or `default(T)`",
                );
                Expr::error(e.span)
            }
            // C# 10 gives a lambda a natural type (`Func<int>`); earlier C# had none (CS0815).
            A::Lambda { .. } | A::AnonymousMethod { .. } => self.natural_lambda(e),
            _ => match self.natural_group_value(e) {
                Some(v) => v,
                None => self.expr(e),
            },
        }
    }
}

/// The name a member without one takes from its value: `x`, `p.X`, `p?.X` give `x`, `X`, `X`.
fn projected_name(e: &ast::Expr) -> Option<String> {
    match &e.kind {
        A::Name { name, type_args } if type_args.is_empty() => Some(name.name.clone()),
        A::Member {
            name, type_args, ..
        } if type_args.is_empty() => Some(name.name.clone()),
        A::ConditionalAccess { access, .. } => match &access.kind {
            A::Member { target, name, .. } if matches!(target.kind, A::Binding) => {
                Some(name.name.clone())
            }
            _ => projected_name(access),
        },
        _ => None,
    }
}

/// The class of an anonymous type and its constructor, made the first time the shape is met.
fn anonymous_class(cx: &mut Ctx<'_>, shape: Vec<(String, Ty)>, span: Span) -> (ClassId, MethodId) {
    if let Some(&made) = cx.anonymous_types.get(&shape) {
        return made;
    }
    let names: Vec<&str> = shape.iter().map(|(n, _)| n.as_str()).collect();
    let ordinal = match cx.anonymous_names.iter().position(|n| *n == names) {
        Some(i) => i,
        None => {
            let owned = names.iter().map(|n| n.to_string()).collect();
            cx.anonymous_names.push(owned);
            cx.anonymous_names.len() - 1
        }
    };
    let id = ClassId(cx.program.classes.len() as u32);
    let shape: Arc<[(String, Ty)]> = shape.into();
    cx.program.classes.push(Class {
        anonymous: Some(shape.clone()),
        ..Class::new(
            format!("<>f__AnonymousType{ordinal}"),
            ClassKind::Class,
            span,
        )
    });
    cx.members.push(Default::default());
    cx.ctors.push(Vec::new());
    cx.class_bases.push(None);
    cx.class_arity.push(0);
    let ty = cx.class_ty(id);
    let fields: Vec<FieldId> = shape
        .iter()
        .map(|(name, t)| property(cx, id, name, t, span))
        .collect();
    let mut synth = Synth {
        cx,
        class: id,
        ty,
        fields: &fields,
        shape: &shape,
        span,
    };
    let ctor = synth.constructor();
    let vtable = vec![
        synth.override_to_string(),
        synth.override_equals(),
        synth.override_hash_code(),
    ];
    for (slot, &m) in vtable.iter().enumerate() {
        cx.program.methods[m.0 as usize].vslot = Some(slot as u32);
    }
    cx.program.classes[id.0 as usize].vtable = vtable;
    cx.ctors[id.0 as usize].push(ctor);
    cx.anonymous_types.insert(shape.to_vec(), (id, ctor));
    (id, ctor)
}

/// A read-only property of the class: its backing field, read in place.
fn property(cx: &mut Ctx<'_>, class: ClassId, name: &str, ty: &Ty, span: Span) -> FieldId {
    let id = FieldId(cx.program.fields.len() as u32);
    cx.program.fields.push(Field {
        class,
        name: format!("<{name}>i__Field"),
        ty: ty.clone(),
        is_static: false,
        is_readonly: true,
        constant: None,
        init: None,
        is_event: false,
        span,
        name_span: span,
    });
    cx.field_inits.push(None);
    cx.field_private.push(true);
    cx.const_state.push(crate::context::ConstState::NotConst);
    cx.program.classes[class.0 as usize].fields.push(id);
    let prop = Prop {
        name: name.to_string(),
        ty: ty.clone(),
        is_static: false,
        backing: Some(id),
        getter: None,
        setter: None,
        auto_settable: false,
        init_only: false,
        private: false,
        protected: false,
        ctor_backing: None,
        set_private: false,
        set_protected: false,
        span,
    };
    cx.props_by_field.insert(id, prop.clone());
    cx.members[class.0 as usize].insert(name.to_string(), ClassMember::Property(prop));
    id
}

/// Builds the bodies of the class's constructor and overrides.
struct Synth<'s, 'c, 'a> {
    cx: &'s mut Ctx<'a>,
    class: ClassId,
    ty: Ty,
    fields: &'c [FieldId],
    shape: &'c [(String, Ty)],
    span: Span,
}

impl Synth<'_, '_, '_> {
    /// `.ctor(T1 A, T2 B) { <A>i__Field = A; <B>i__Field = B; }`
    fn constructor(&mut self) -> MethodId {
        let locals: Vec<Local> = self.shape.iter().map(|(n, t)| self.param(n, t)).collect();
        let stmts = (self.fields.iter().enumerate())
            .map(|(i, &f)| {
                let t = self.field_ty(f);
                let value = self.local(i as u32, t);
                let assign = ExprKind::Assign {
                    target: Place::InstanceField {
                        receiver: Box::new(self.this()),
                        field: f,
                    },
                    value: Box::new(value),
                };
                self.stmt(StmtKind::Expr(self.mk(assign, t.clone())))
            })
            .collect();
        let types = self.shape.iter().map(|(_, t)| t.clone()).collect();
        self.method(
            ".ctor",
            MethodKind::Constructor,
            locals,
            types,
            Ty::Void,
            stmts,
        )
    }

    /// `ToString()`: `{ A = 1, B = x }`, each value as string concatenation gives it (`null` is
    /// empty), as `string.Format` does in Roslyn's.
    fn override_to_string(&mut self) -> MethodId {
        let mut parts = Vec::new();
        let mut text = String::from("{ ");
        for (i, &f) in self.fields.iter().enumerate() {
            if i > 0 {
                text.push_str(", ");
            }
            text.push_str(&self.shape[i].0);
            text.push_str(" = ");
            parts.push(self.string(std::mem::take(&mut text)));
            let value = self.field(self.this(), f);
            parts.push(self.mk(ExprKind::ToStr(Box::new(value)), Ty::String));
        }
        text.push_str(if self.fields.is_empty() { "}" } else { " }" });
        parts.push(self.string(text));
        let body = self.mk(ExprKind::Concat(parts), Ty::String);
        let ret = vec![self.stmt(StmtKind::Return(Some(body)))];
        self.method(
            "ToString",
            MethodKind::Ordinary,
            Vec::new(),
            Vec::new(),
            Ty::String,
            ret,
        )
    }

    /// `Equals(object value)`: `value` is of this class and every property is equal, as
    /// `object.Equals(a, b)` compares (Roslyn's `EqualityComparer<T>.Default` agrees for every
    /// type the language has).
    fn override_equals(&mut self) -> MethodId {
        let locals = vec![
            self.param("value", &Ty::Object),
            Local {
                kind: LocalKind::Local,
                ..self.param("other", &self.ty.clone())
            },
        ];
        let ty = self.ty.clone();
        let cast = ExprKind::TypeTest {
            expr: Box::new(self.local(0, &Ty::Object)),
            target: ty.clone(),
            kind: TypeTestKind::As,
            local: None,
        };
        let cast = self.mk(cast, ty.clone());
        let decl = self.stmt(StmtKind::Local {
            local: LocalId(1),
            init: Some(cast),
        });
        let other = self.reference(self.local(1, &ty));
        let null = self.mk(ExprKind::Const(ConstValue::Null), Ty::Object);
        let mut test = self.binary(BinOp::Ne, Ty::Object, other, null, Ty::Bool);
        let equals = self.object_method("Equals", 2);
        for &f in self.fields {
            let mine = self.boxed(self.field(self.this(), f));
            let theirs = self.boxed(self.field(self.local(1, &ty), f));
            let call = self.call(equals, None, vec![mine, theirs], Ty::Bool);
            test = self.binary(BinOp::And, Ty::Bool, test, call, Ty::Bool);
        }
        let stmts = vec![decl, self.stmt(StmtKind::Return(Some(test)))];
        let types = vec![Ty::Object];
        self.method(
            "Equals",
            MethodKind::Ordinary,
            locals,
            types,
            Ty::Bool,
            stmts,
        )
    }

    /// `GetHashCode()`: Roslyn's, a seed hashed from the backing fields' names, then each
    /// property's hash (0 for `null`) combined as `h * 0xA5555529 + hash`, unchecked.
    fn override_hash_code(&mut self) -> MethodId {
        let seed = self.fields.iter().fold(0i32, |h, &f| {
            let name = &self.cx.program.field(f).name;
            h.wrapping_mul(HASH_FACTOR).wrapping_add(fnv_hash(name))
        });
        let mut h = self.int(seed);
        let get_hash = self.object_method("GetHashCode", 0);
        for &f in self.fields {
            let value = self.field(self.this(), f);
            let nullable = value.ty.is_reference_type() || value.ty.nullable_of().is_some();
            let boxed = self.boxed(value);
            let mut hash = self.call(get_hash, Some(boxed.clone()), Vec::new(), Ty::Int);
            if nullable {
                let null = self.mk(ExprKind::Const(ConstValue::Null), Ty::Object);
                let is_null = self.binary(BinOp::Eq, Ty::Object, boxed, null, Ty::Bool);
                let cond = ExprKind::Conditional {
                    cond: Box::new(is_null),
                    then: Box::new(self.int(0)),
                    otherwise: Box::new(hash),
                };
                hash = self.mk(cond, Ty::Int);
            }
            let factor = self.int(HASH_FACTOR);
            let scaled = self.binary(BinOp::Mul, Ty::Int, h, factor, Ty::Int);
            h = self.binary(BinOp::Add, Ty::Int, scaled, hash, Ty::Int);
        }
        let stmts = vec![self.stmt(StmtKind::Return(Some(h)))];
        self.method(
            "GetHashCode",
            MethodKind::Ordinary,
            Vec::new(),
            Vec::new(),
            Ty::Int,
            stmts,
        )
    }

    fn method(
        &mut self,
        name: &str,
        kind: MethodKind,
        locals: Vec<Local>,
        param_types: Vec<Ty>,
        return_type: Ty,
        stmts: Vec<Stmt>,
    ) -> MethodId {
        let params = (0..param_types.len()).map(|i| LocalId(i as u32)).collect();
        let mut body = Block {
            stmts,
            span: self.span,
        };
        let (expr_count, stmt_count) = crate::ids::number(&mut body);
        let m = Method {
            params,
            param_types,
            return_type,
            locals,
            body: Some(body),
            expr_count,
            stmt_count,
            virt: if kind == MethodKind::Constructor {
                Virt::None
            } else {
                Virt::Override
            },
            ..Method::new(self.class, name, kind, self.span)
        };
        let id = crate::check_members::push_method(self.cx, self.class, m, None, false);
        if kind != MethodKind::Constructor {
            let members = &mut self.cx.members[self.class.0 as usize];
            members.insert(name.to_string(), ClassMember::Methods(vec![id]));
        }
        id
    }

    fn param(&self, name: &str, ty: &Ty) -> Local {
        Local {
            name: name.to_string(),
            ty: ty.clone(),
            kind: LocalKind::Param,
            span: self.span,
            captured: false,
            by_ref: None,
        }
    }

    fn field_ty(&self, f: FieldId) -> &Ty {
        &self.cx.program.field(f).ty
    }

    fn mk(&self, kind: ExprKind, ty: Ty) -> Expr {
        mk(kind, ty, self.span)
    }

    fn stmt(&self, kind: StmtKind) -> Stmt {
        Stmt::new(kind, self.span)
    }

    fn this(&self) -> Expr {
        self.mk(ExprKind::This, self.ty.clone())
    }

    fn local(&self, i: u32, ty: &Ty) -> Expr {
        self.mk(ExprKind::Local(LocalId(i)), ty.clone())
    }

    fn int(&self, v: i32) -> Expr {
        self.mk(ExprKind::Const(ConstValue::Int(v)), Ty::Int)
    }

    fn string(&self, s: String) -> Expr {
        self.mk(ExprKind::Const(ConstValue::String(s.into())), Ty::String)
    }

    fn field(&self, receiver: Expr, f: FieldId) -> Expr {
        let kind = ExprKind::InstanceField {
            receiver: Box::new(receiver),
            field: f,
        };
        self.mk(kind, self.field_ty(f).clone())
    }

    fn binary(&self, op: BinOp, operand_ty: Ty, lhs: Expr, rhs: Expr, ty: Ty) -> Expr {
        let kind = ExprKind::Binary {
            op,
            operand_ty,
            lhs: Box::new(lhs),
            rhs: Box::new(rhs),
        };
        self.mk(kind, ty)
    }

    /// `e` as an `object` (boxed, for a value type).
    fn boxed(&self, e: Expr) -> Expr {
        let conv = crate::convert::implicit(&e.ty, &Ty::Object).flatten();
        crate::convert::apply(e, conv, &Ty::Object)
    }

    fn reference(&self, e: Expr) -> Expr {
        crate::convert::apply(e, Some(Conversion::Reference), &Ty::Object)
    }

    /// `object.Equals(object, object)` (2 parameters) or `object.GetHashCode()` (none).
    fn object_method(&self, name: &str, params: usize) -> Option<BuiltinId> {
        let lib = library();
        (lib.lookup(Owner::Object, name).iter().copied())
            .find(|&id| lib.get(id).params.len() == params)
    }

    fn call(&self, m: Option<BuiltinId>, receiver: Option<Expr>, args: Vec<Expr>, ty: Ty) -> Expr {
        let Some(m) = m else {
            return self.mk(ExprKind::Error, ty);
        };
        let kind = ExprKind::Call {
            callee: Callee::Builtin(m),
            receiver: receiver.map(Box::new),
            args,
            type_args: Vec::new(),
        };
        self.mk(kind, ty)
    }
}

/// Roslyn's FNV-1a hash of a name (over its UTF-16 code units).
fn fnv_hash(s: &str) -> i32 {
    s.encode_utf16().fold(0x811C_9DC5_u32 as i32, |h, c| {
        (h ^ c as i32).wrapping_mul(16_777_619)
    })
}

/// How C# names an anonymous type in messages: `<anonymous type: int A, string B>`.
pub(crate) fn display(shape: &[(String, Ty)]) -> String {
    let members: Vec<String> = shape.iter().map(|(n, t)| format!("{t} {n}")).collect();
    if members.is_empty() {
        "<empty anonymous type>".to_string()
    } else {
        format!("<anonymous type: {}>", members.join(", "))
    }
}
