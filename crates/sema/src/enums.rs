//! User-defined enums. An enum is a class of the program (`ClassKind::Enum`, so names, nesting
//! and duplicates resolve as for other types) whose members are `const` fields of its type
//! `Ty::Enum`; a value is its underlying type's word at the machine level. Operators are C#'s
//! enum operators (§12.12.6 and friends): computed on the underlying values promoted to `int`
//! or `long`, with the result converted back (wrapping into a small underlying type).

use unawait_syntax::ast;
use unawait_syntax::Span;

use crate::body::Body;
use crate::check_expr::mk;
use crate::check_items::Decl;
use crate::constants::ConstValue;
use crate::context::{ClassMember, ConstState, Ctx};
use crate::hir::{BinOp, Conversion, Expr, ExprKind, Field, FieldId, Place};
use crate::types::Ty;

/// `[Flags]` (or `[System.Flags]`, `[FlagsAttribute]`) among an enum's attributes.
pub(crate) fn has_flags(sections: &[ast::AttributeSection]) -> bool {
    sections.iter().flat_map(|s| &s.attributes).any(is_flags)
}

fn is_flags(a: &ast::Attribute) -> bool {
    let segs = match &a.name.kind {
        ast::TypeExprKind::Named(segs) => segs,
        _ => return false,
    };
    segs.last()
        .is_some_and(|s| matches!(s.name.name.as_str(), "Flags" | "FlagsAttribute"))
        && a.args.is_empty()
}

/// An enum's base list names its underlying type: `int` (the default), `long`, `byte`,
/// `sbyte`, `short` or `ushort` (`uint` and `ulong` are outside the language).
pub(crate) fn underlying(cx: &mut Ctx<'_>, td: &ast::TypeDecl, id: crate::hir::ClassId) {
    let Some(b) = td.bases.first() else {
        return;
    };
    let name = match &b.kind {
        ast::TypeExprKind::Named(segs) => segs
            .iter()
            .map(|s| s.name.name.as_str())
            .collect::<Vec<_>>()
            .join("."),
        ast::TypeExprKind::Predefined(p) => p.as_str().to_string(),
        _ => String::new(),
    };
    let short = name.strip_prefix("System.").unwrap_or(&name);
    let ty = match short {
        "int" | "Int32" => Some(Ty::Int),
        "long" | "Int64" => Some(Ty::Long),
        "byte" | "Byte" => Some(Ty::Small(crate::types::SmallInt::Byte)),
        "sbyte" | "SByte" => Some(Ty::Small(crate::types::SmallInt::SByte)),
        "short" | "Int16" => Some(Ty::Small(crate::types::SmallInt::Short)),
        "ushort" | "UInt16" => Some(Ty::Small(crate::types::SmallInt::UShort)),
        _ => None,
    };
    // `System.Byte` names the type only when written as such or with `using System;`.
    if let (Some(ty), 1) = (ty, td.bases.len()) {
        cx.program.classes[id.0 as usize].enum_underlying = ty;
        return;
    }
    let span = b.span.to(td.bases.last().map_or(b.span, |l| l.span));
    if matches!(short, "uint" | "UInt32" | "ulong" | "UInt64") && td.bases.len() == 1 {
        cx.unsupported(
            &format!("enums with the underlying type `{name}` are"),
            span,
        );
    } else {
        cx.error(
            "CS1008",
            "Type byte, sbyte, short, ushort, int, uint, long, or ulong expected",
            span,
            "an enum's base list names one integral type",
        );
    }
    // Its members and their uses are part of that one diagnostic.
    cx.skipped_classes.insert(id);
}

/// Declares the members of enum `d` as constant fields of its type.
pub(crate) fn members<'a>(cx: &mut Ctx<'a>, d: &Decl<'a>) {
    let ty = cx.class_ty(d.id);
    let mut prev: Option<FieldId> = None;
    let attrs: Vec<ast::AttributeSection> =
        d.td.attributes
            .iter()
            .map(|s| ast::AttributeSection {
                attributes: s
                    .attributes
                    .iter()
                    .filter(|a| !is_flags(a))
                    .cloned()
                    .collect(),
                ..s.clone()
            })
            .collect();
    cx.check_attributes(&attrs);
    for m in &d.td.enum_members {
        cx.check_attributes(&m.attributes);
        // A member may have its enum's name (no CS0542 for enums).
        let dup = cx.members[d.id.0 as usize].contains_key(&m.name.name);
        if (m.name.name != d.td.name.name || dup)
            && !crate::check_members::check_member_name(cx, d, &m.name, false)
        {
            continue;
        }
        let id = FieldId(cx.program.fields.len() as u32);
        cx.program.fields.push(Field {
            class: d.id,
            name: m.name.name.clone(),
            ty: ty.clone(),
            is_static: true,
            is_readonly: false,
            constant: None,
            init: None,
            is_event: false,
            span: m.span,
            name_span: m.name.span,
        });
        cx.field_inits.push(m.value.as_ref());
        cx.field_private.push(false);
        cx.const_state.push(ConstState::Pending);
        if m.value.is_none() {
            cx.enum_prev.insert(id, prev);
        }
        prev = Some(id);
        cx.program.classes[d.id.0 as usize].fields.push(id);
        cx.members[d.id.0 as usize].insert(m.name.name.clone(), ClassMember::Field(id));
    }
}

/// An optional parameter's default value of enum type `ty` (class `id`) written as one of its
/// members (`Color c = Color.Blue`, `Shop.Status.Paid`) or `default`/`default(E)`; `None` for
/// anything else (the literal path decides).
pub(crate) fn default_member(
    cx: &mut Ctx<'_>,
    def: &ast::Expr,
    id: crate::hir::ClassId,
    ty: &Ty,
) -> Option<ConstValue> {
    match &def.kind {
        ast::ExprKind::Default(_) => ConstValue::Int(0).convert_numeric(ty).ok(),
        ast::ExprKind::Member {
            target,
            name,
            type_args,
        } if type_args.is_empty() => {
            let owner = match &target.kind {
                ast::ExprKind::Name { name, .. } | ast::ExprKind::Member { name, .. } => name,
                _ => return None,
            };
            if owner.name != cx.program.class(id).name {
                return None;
            }
            match cx.members[id.0 as usize].get(&name.name)? {
                ClassMember::Field(f) => {
                    let f = *f;
                    crate::eval_const_field(cx, f)
                }
                _ => None,
            }
        }
        _ => None,
    }
}

/// The value of enum member `f`: its initializer (where the enum's own members are values of
/// its underlying type, as C# reads them), or one more than the member before it (0 for the
/// first).
pub(crate) fn member_value(cx: &mut Ctx<'_>, f: FieldId) -> Option<ConstValue> {
    let i = f.0 as usize;
    let class = cx.program.field(f).class;
    let u = cx.program.class(class).enum_underlying.clone();
    let display = crate::field_display(cx, f);
    let Some(init) = cx.field_inits[i] else {
        let prev = cx.enum_prev.get(&f).copied().flatten();
        let Some(p) = prev else {
            return ConstValue::Int(0).convert_numeric(&u).ok();
        };
        let v = crate::eval_const_field(cx, p)?.as_i64()?;
        let next = v
            .checked_add(1)
            .and_then(|n| ConstValue::Long(n).convert_numeric(&u).ok());
        return match next {
            Some(c) => Some(c),
            None => {
                let span = cx.program.field(f).name_span;
                cx.error(
                    "CS0543",
                    format!("'{display}': the enumerator value is too large to fit in its type"),
                    span,
                    "give the member an explicit value",
                );
                None
            }
        };
    };
    let saved = cx.enum_init.replace(class);
    let mut b = Body::new(
        cx,
        class,
        crate::initializer_fn(display.clone(), false),
        Vec::new(),
    );
    let e = b.expr_with(init, Some(&u));
    let e = b.coerce(e, &u);
    let constant = e.constant().cloned();
    let report = constant.is_none() && !e.ty.is_error() && !matches!(e.kind, ExprKind::Error);
    drop(b);
    // A member in a cycle was reported (CS0110) where the cycle closed.
    let in_cycle = matches!(cx.const_state[i], ConstState::Done(None));
    if report && !in_cycle {
        cx.error(
            "CS0133",
            format!("The expression being assigned to '{display}' must be constant"),
            init.span,
            "use literals and other members of the enum",
        );
    }
    let value = constant;
    cx.enum_init = saved;
    value
}

/// `e` converted to `to` by the explicit conversion between them, where one is an enum or
/// both are integers (enums convert as their underlying types; a narrowing wraps); a constant
/// stays a constant.
pub(crate) fn retype(e: Expr, to: &Ty) -> Expr {
    if &e.ty == to {
        return e;
    }
    if let Some(Ok(c)) = e.constant().map(|c| c.convert_unchecked(to)) {
        return mk(ExprKind::Const(c), to.clone(), e.span);
    }
    let conv = crate::convert::explicit(&e.ty, to)
        .flatten()
        .unwrap_or(Conversion::WidenSmall);
    crate::convert::apply(e, Some(conv), to)
}

/// The type an enum's operators compute in: its underlying type promoted (`int` or `long`).
fn promoted(e: &Ty) -> Ty {
    match e.underlying() {
        Ty::Long => Ty::Long,
        _ => Ty::Int,
    }
}

/// The constant 0 (of any integer type) converts to every enum type.
pub(crate) fn zero_constant(e: &Expr) -> bool {
    matches!(
        e.constant(),
        Some(ConstValue::Int(0) | ConstValue::Long(0) | ConstValue::Small(_, 0))
    )
}

/// `e` converts implicitly to the enum `to`: it is of that type, or the constant 0.
fn converts(e: &Expr, to: &Ty) -> bool {
    &e.ty == to || zero_constant(e)
}

/// `e` converts implicitly to `u` (an enum's underlying type) and is no enum.
pub(crate) fn converts_to(e: &Expr, u: &Ty) -> bool {
    !e.ty.is_enum()
        && (crate::convert::implicit(&e.ty, u).is_some() || crate::convert::constant_fits(e, u))
}

/// The type of `l op r` by C#'s enum operators when one operand is an enum: `Some((operand,
/// result))` where operand is the enum both sides are taken as for comparisons and bitwise
/// operators; `None` when C# has no such operator (CS0019).
pub(crate) fn op_types(op: BinOp, l: &Expr, r: &Expr) -> Option<(Ty, Ty)> {
    let e = if l.ty.is_enum() { &l.ty } else { &r.ty };
    let u = e.underlying().clone();
    let converts_to_int = |x: &Expr| converts_to(x, &u);
    match op {
        BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => {
            (converts(l, e) && converts(r, e)).then(|| (e.clone(), Ty::Bool))
        }
        BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor => {
            (converts(l, e) && converts(r, e)).then(|| (e.clone(), e.clone()))
        }
        // `E + U` and `U + E` are `E` (U the underlying type).
        BinOp::Add | BinOp::CheckedAdd => {
            let ok =
                (l.ty.is_enum() && converts_to_int(r)) || (r.ty.is_enum() && converts_to_int(l));
            ok.then(|| (u.clone(), e.clone()))
        }
        // `E - E` is `U`, `E - U` is `E`, and (as Roslyn and mcs allow beyond the
        // specification) `U - E` is `E`.
        BinOp::Sub | BinOp::CheckedSub if l.ty.is_enum() => {
            if r.ty == l.ty {
                Some((u.clone(), u.clone()))
            } else if converts_to_int(r) {
                Some((u.clone(), l.ty.clone()))
            } else {
                None
            }
        }
        BinOp::Sub | BinOp::CheckedSub if converts_to_int(l) => Some((u.clone(), r.ty.clone())),
        _ => None,
    }
}

impl Body<'_, '_> {
    /// `l op r` where one operand is an enum: the operation on the underlying values
    /// (promoted to `int` or `long`), the result converted back (wrapping to a small
    /// underlying type).
    pub(crate) fn enum_binary(&mut self, op: BinOp, l: Expr, r: Expr, span: Span) -> Expr {
        let Some((_, result)) = op_types(op, &l, &r) else {
            let (lt, rt) = (l.ty.clone(), r.ty.clone());
            return self.enum_op_error(op.as_str(), &lt, &rt, span);
        };
        let e = if l.ty.is_enum() {
            l.ty.clone()
        } else {
            r.ty.clone()
        };
        let (u, p) = (e.underlying().clone(), promoted(&e));
        let widen = |b: &mut Self, x: Expr| {
            let x = if x.ty.is_enum() {
                retype(x, &u)
            } else {
                b.coerce(x, &u)
            };
            retype(x, &p)
        };
        let (lp, rp) = (widen(self, l), widen(self, r));
        let v = self.binary_typed(op, lp, rp, span);
        if v.ty.is_error() || result == Ty::Bool || result == p {
            return v;
        }
        // A constant sum or difference outside a small underlying type is C#'s CS0221 (constants
        // are checked unless `unchecked` says otherwise).
        if let (Some(c), true) = (v.constant(), self.overflow.constants_checked()) {
            if c.convert_numeric(&u).is_err() {
                let shown = c.to_string();
                self.err(
                    "CS0221",
                    format!("Constant value '{shown}' cannot be converted to a '{u}' (use 'unchecked' syntax to override)"),
                    span,
                    "the constant does not fit in the enum's underlying type",
                );
                return mk(ExprKind::Error, result, span);
            }
        }
        let mut v = retype(retype(v, &u), &result);
        v.span = span;
        v
    }

    pub(crate) fn enum_op_error(&mut self, op: &str, l: &Ty, r: &Ty, span: Span) -> Expr {
        self.err(
            "CS0019",
            format!("Operator '{op}' cannot be applied to operands of type '{l}' and '{r}'"),
            span,
            "an enum takes `==`, `<` and the like, `&`, `|`, `^` with its own type, `+` and `-` with an int",
        );
        Expr::error(span)
    }

    /// `x op= v` where `x` or `v` is an enum: `x = (T)(x op v)`, which C# allows when the
    /// operator's result is `x`'s type.
    pub(crate) fn enum_compound(
        &mut self,
        place: Place,
        bop: BinOp,
        ty: Ty,
        v: Expr,
        span: Span,
    ) -> Expr {
        let probe = mk(ExprKind::Error, ty.clone(), span);
        let opname = format!("{}=", bop.as_str());
        let Some((_, result)) = op_types(bop, &probe, &v) else {
            let vt = v.ty.clone();
            return self.enum_op_error(&opname, &ty, &vt, span);
        };
        // C#: `x op= y` is `x = (T)(x op y)` when the result converts to T explicitly and `y`
        // to T implicitly (`e -= E.B`, whose `E - E` is the underlying type).
        let allowed = result == ty
            || (ty.is_enum()
                && crate::convert::explicit(&result, &ty).is_some()
                && (v.ty == ty || zero_constant(&v)));
        if !allowed {
            self.err(
                "CS0266",
                format!("Cannot implicitly convert type '{result}' to '{ty}'. An explicit conversion exists (are you missing a cast?)"),
                span,
                &format!("write `x = ({ty})(x {} value)`", bop.as_str()),
            );
            return Expr::error(span);
        }
        let v = if v.ty.is_enum() || zero_constant(&v) {
            retype(v, &ty)
        } else {
            let u = ty.underlying().clone();
            let i = self.coerce(v, &u);
            retype(i, &ty)
        };
        let bop = self.in_context(bop, &promoted(&ty));
        mk(
            ExprKind::CompoundAssign {
                target: place,
                op: bop,
                concat: false,
                value: Box::new(v),
            },
            ty,
            span,
        )
    }

    /// C#'s "Color Color" rule (§12.8.7.2): in `Color.Red`, where `Color` is a variable, field
    /// or property whose type is the type named `Color`, `Color` means the type when `Red` is a
    /// static member of it (every member of an enum is) and the variable otherwise.
    pub(crate) fn color_color(&mut self, target: &ast::Expr, member: &ast::Ident) -> Option<Ty> {
        let ast::ExprKind::Name { name, type_args } = &target.kind else {
            return None;
        };
        if !type_args.is_empty() {
            return None;
        }
        let vty = match self.scopes.lookup(&name.name) {
            Some(b) => self.local(b.local?).ty.clone(),
            None => match self.cx.find_member(self.class, &name.name)?.1 {
                ClassMember::Field(f) => self.cx.program.field(f).ty.clone(),
                ClassMember::Property(p) => p.ty.clone(),
                _ => return None,
            },
        };
        let (Ty::Enum(id, _) | Ty::Class(id, _)) = &vty else {
            return None;
        };
        if self.cx.program.class(*id).name != name.name {
            return None;
        }
        let program = &self.cx.program;
        let is_static = match &vty {
            Ty::Enum(..) => self.cx.members[id.0 as usize].contains_key(&member.name),
            _ => match self.cx.find_member(*id, &member.name)?.1 {
                ClassMember::Field(f) => program.field(f).is_static,
                ClassMember::Property(p) => p.is_static,
                ClassMember::Event(e) => e.is_static,
                ClassMember::Methods(ms) => ms.iter().any(|m| program.method(*m).is_static),
                ClassMember::Unsupported(_) => false,
            },
        };
        is_static.then_some(vty)
    }

    /// `~e`: the complement of the underlying value, of the enum's type.
    pub(crate) fn enum_bit_not(&mut self, v: Expr, span: Span) -> Expr {
        let ty = v.ty.clone();
        let (u, p) = (ty.underlying().clone(), promoted(&ty));
        let i = retype(retype(v, &u), &p);
        let not = match i.constant().and_then(crate::constants::fold_not) {
            Some(c) => mk(ExprKind::Const(c), p.clone(), span),
            None => mk(
                ExprKind::Unary {
                    op: crate::hir::UnOp::BitNot,
                    operand: Box::new(i),
                },
                p.clone(),
                span,
            ),
        };
        retype(retype(not, &u), &ty)
    }
}
