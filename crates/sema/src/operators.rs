//! User-defined operator declarations (`public static T operator +(T a, T b)`, `implicit
//! operator U(T t)`): each is a static method with Roslyn's metadata name (`op_Addition`,
//! `op_Implicit`, ...), found by the operator's uses (user_ops.rs), never by name. C#'s rules
//! for the declaration: `public static` (CS0558), the arity of each operator (CS1019, CS1020,
//! CS1534, CS1535), which parameter must be the containing type (CS0563, CS0562, CS0564,
//! CS0559, CS0556), the result of `++`/`--` (CS0448) and of `true`/`false` (CS0215),
//! conversions to the type itself (CS0555), duplicates (CS0111, CS0557), and the operators
//! that come in pairs (CS0216).

use unawait_syntax::ast::{self, Modifier, OperatorKind};
use unawait_syntax::Diagnostic;

use crate::check_items::{modifier_invalid, Decl};
use crate::context::{BodySrc, Ctx};
use crate::hir::{ClassId, ClassKind, Method, MethodId, MethodKind, Virt};
use crate::parameters::parameters;
use crate::types::Ty;

/// Roslyn's metadata name of a binary operator.
pub(crate) fn binary_name(op: &str) -> Option<&'static str> {
    Some(match op {
        "+" => "op_Addition",
        "-" => "op_Subtraction",
        "*" => "op_Multiply",
        "/" => "op_Division",
        "%" => "op_Modulus",
        "&" => "op_BitwiseAnd",
        "|" => "op_BitwiseOr",
        "^" => "op_ExclusiveOr",
        "<<" => "op_LeftShift",
        ">>" => "op_RightShift",
        "==" => "op_Equality",
        "!=" => "op_Inequality",
        "<" => "op_LessThan",
        ">" => "op_GreaterThan",
        "<=" => "op_LessThanOrEqual",
        ">=" => "op_GreaterThanOrEqual",
        _ => return None,
    })
}

/// Roslyn's metadata name of a unary operator.
pub(crate) fn unary_name(op: &str) -> Option<&'static str> {
    Some(match op {
        "+" => "op_UnaryPlus",
        "-" => "op_UnaryNegation",
        "!" => "op_LogicalNot",
        "~" => "op_OnesComplement",
        "++" => "op_Increment",
        "--" => "op_Decrement",
        "true" => "op_True",
        "false" => "op_False",
        _ => return None,
    })
}

/// The operators C# wants declared together (CS0216).
const PAIRS: [(&str, &str); 4] = [("==", "!="), ("<", ">"), ("<=", ">="), ("true", "false")];

/// `C.operator +(C, C)` or `C.implicit operator int(C)`, as C# names the declaration.
fn shown(cx: &Ctx<'_>, class: ClassId, kind: &OperatorKind, ret: &Ty, params: &[Ty]) -> String {
    let list: Vec<String> = params.iter().map(|t| t.to_string()).collect();
    let c = cx.class_display(class);
    match kind {
        OperatorKind::Op(op) => format!("{c}.operator {op}({})", list.join(", ")),
        OperatorKind::Conversion { implicit } => {
            let k = if *implicit { "implicit" } else { "explicit" };
            format!("{c}.{k} operator {ret}({})", list.join(", "))
        }
    }
}

pub(crate) fn operator<'a>(cx: &mut Ctx<'a>, d: &Decl<'a>, op: &'a ast::OperatorDecl) {
    let count = |cx: &Ctx<'_>| cx.operators.get(&d.id).map_or(0, Vec::len);
    let before = count(cx);
    declare(cx, d, op);
    // An operator reported and left out: uses of the type's operators would only cascade.
    if count(cx) == before {
        cx.broken_operators.insert(d.id);
    }
}

fn declare<'a>(cx: &mut Ctx<'a>, d: &Decl<'a>, op: &'a ast::OperatorDecl) {
    let class = cx.program.class(d.id);
    if class.kind == ClassKind::Interface {
        cx.unsupported("operators declared in interfaces are", op.name_span);
        return;
    }
    if op.is_checked {
        cx.unsupported("`checked` operators (C# 11) are", op.name_span);
        return;
    }
    if matches!(&op.kind, OperatorKind::Op(o) if o == ">>>") {
        cx.unsupported("the `>>>` operator is", op.name_span);
        return;
    }
    if op
        .params
        .iter()
        .any(|p| p.modifier.is_some() || p.default.is_some())
    {
        cx.unsupported(
            "operator parameters with modifiers or default values are",
            op.name_span,
        );
        return;
    }
    for (m, span) in &op.modifiers.0 {
        match m {
            Modifier::Public | Modifier::Static => {}
            // Not public: CS0558 below says what C# says.
            Modifier::Private | Modifier::Internal | Modifier::Protected => {}
            Modifier::Extern | Modifier::Unsafe => {
                cx.outside(&format!("`{}` operators are", m.as_str()), *span)
            }
            _ => modifier_invalid(cx, *m, *span),
        }
    }
    let ns = cx.program.class(d.id).namespace.clone();
    let ret = cx.resolve_type(&op.return_type, ns.as_deref());
    // `parameters` records the parameter names for the method about to be pushed.
    let (params, param_types, locals) = parameters(cx, &op.params, ns.as_deref(), false, false);
    let text = shown(cx, d.id, &op.kind, &ret, &param_types);
    if !op.modifiers.has(Modifier::Public) || !op.modifiers.has(Modifier::Static) {
        cx.error(
            "CS0558",
            format!("User-defined operator '{text}' must be declared static and public"),
            op.name_span,
            "declare it `public static`",
        );
    }
    if cx.program.class(d.id).is_static {
        cx.error(
            "CS0715",
            format!("'{text}': static classes cannot contain user-defined operators"),
            op.name_span,
            "declare the operator in the type it operates on",
        );
        return;
    }
    let this_ty = self_type(cx, d.id);
    // A type already reported passes every rule: the rules would only cascade.
    let is_this = |t: &Ty| t.is_error() || *t == this_ty || t.nullable_of() == Some(&this_ty);
    let n = param_types.len();
    let name = match &op.kind {
        OperatorKind::Conversion { implicit } => {
            if n != 1 {
                cx.error(
                    "CS1535",
                    format!(
                        "Overloaded unary operator '{}' takes one parameter",
                        if *implicit { "implicit" } else { "explicit" }
                    ),
                    op.name_span,
                    "a conversion takes the one value it converts",
                );
                return;
            }
            let (from, to) = (&param_types[0], &ret);
            if !is_this(from) && !is_this(to) {
                cx.error(
                    "CS0556",
                    "User-defined conversion must convert to or from the enclosing type",
                    op.name_span,
                    "one of the two types must be the type declaring the conversion",
                );
                return;
            }
            let same =
                from == to || from.nullable_of() == Some(to) || to.nullable_of() == Some(from);
            if same && !from.is_error() {
                cx.error(
                    "CS0555",
                    "User-defined operator cannot convert a type to itself",
                    op.name_span,
                    "convert to or from another type",
                );
                return;
            }
            // The built-in conversions C# will not let a program redefine.
            let other = if is_this(from) { to } else { from };
            let base_or_derived = match (other, &this_ty) {
                (Ty::Object, _) => Some(true),
                (Ty::Class(o, _), Ty::Class(me, _)) if cx.class_chain(*me)[1..].contains(o) => {
                    Some(true)
                }
                (Ty::Class(o, _), Ty::Class(me, _)) if cx.class_chain(*o)[1..].contains(me) => {
                    Some(false)
                }
                _ => None,
            };
            let rule = if from.is_interface() || to.is_interface() {
                Some(("CS0552", "an interface"))
            } else {
                match base_or_derived {
                    Some(true) => Some(("CS0553", "a base type")),
                    Some(false) => Some(("CS0554", "a derived type")),
                    None => None,
                }
            };
            if let Some((code, what)) = rule {
                cx.error(
                    code,
                    format!("'{text}': user-defined conversions to or from {what} are not allowed"),
                    op.name_span,
                    "C#'s own conversion applies between these types",
                );
                return;
            }
            if *implicit {
                "op_Implicit"
            } else {
                "op_Explicit"
            }
        }
        OperatorKind::Op(o) => {
            let unary_only = matches!(o.as_str(), "!" | "~" | "++" | "--" | "true" | "false");
            let either = matches!(o.as_str(), "+" | "-");
            let name = match n {
                1 if unary_only || either => unary_name(o),
                2 if !unary_only => binary_name(o),
                _ => None,
            };
            let Some(name) = name else {
                // Roslyn's parser: one parameter wants a unary operator, two a binary one;
                // another count is wrong for the operator written.
                let (code, msg) = match n {
                    1 => ("CS1019", "Overloadable unary operator expected".to_string()),
                    2 => (
                        "CS1020",
                        "Overloadable binary operator expected".to_string(),
                    ),
                    _ if unary_only => (
                        "CS1535",
                        format!("Overloaded unary operator '{o}' takes one parameter"),
                    ),
                    _ => (
                        "CS1534",
                        format!("Overloaded binary operator '{o}' takes two parameters"),
                    ),
                };
                cx.error(
                    code,
                    msg,
                    op.name_span,
                    "give the operator the operands it takes",
                );
                return;
            };
            if n == 2 {
                let shift = matches!(o.as_str(), "<<" | ">>");
                if shift && !is_this(&param_types[0]) {
                    cx.error("CS0564", "The first operand of an overloaded shift operator must have the same type as the containing type, and the type of the second operand must be int", op.name_span, "shift a value of the containing type by an `int`");
                    return;
                }
                if shift && param_types[1] != Ty::Int && !param_types[1].is_error() {
                    cx.unsupported(
                        "shift operators whose count is not an `int` (C# 11) are",
                        op.name_span,
                    );
                    return;
                }
                if !param_types.iter().any(is_this) {
                    cx.error(
                        "CS0563",
                        "One of the parameters of a binary operator must be the containing type",
                        op.name_span,
                        "make one of the operands the type declaring the operator",
                    );
                    return;
                }
            } else if matches!(o.as_str(), "++" | "--") {
                if !is_this(&param_types[0]) {
                    cx.error(
                        "CS0559",
                        "The parameter type for ++ or -- operator must be the containing type",
                        op.name_span,
                        "take the containing type",
                    );
                    return;
                }
                if ret != param_types[0] && !ret.is_error() && !param_types[0].is_error() {
                    cx.error(
                        "CS0448",
                        "The return type for ++ or -- operator must match the parameter type or be derived from the parameter type",
                        op.name_span,
                        "return the containing type",
                    );
                    return;
                }
            } else if !is_this(&param_types[0]) {
                cx.error(
                    "CS0562",
                    "The parameter of a unary operator must be the containing type",
                    op.name_span,
                    "take the containing type",
                );
                return;
            }
            if matches!(o.as_str(), "true" | "false") && ret != Ty::Bool && !ret.is_error() {
                cx.error(
                    "CS0215",
                    "The return type of operator True or False must be bool",
                    op.name_span,
                    "return `bool`",
                );
                return;
            }
            name
        }
    };
    if param_types.iter().any(|t| t.nullable_of().is_some()) || ret.nullable_of().is_some() {
        cx.unsupported("user-defined operators on nullable types are", op.name_span);
        return;
    }
    // The same operator twice (a conversion: the same two types, whether implicit or not).
    let existing = cx.operators.get(&d.id).cloned().unwrap_or_default();
    let conversion = matches!(op.kind, OperatorKind::Conversion { .. });
    let twin = existing.iter().copied().find(|&m| {
        let other = cx.program.method(m);
        let same_kind = if conversion {
            matches!(other.name.as_str(), "op_Implicit" | "op_Explicit") && other.return_type == ret
        } else {
            other.name == name
        };
        same_kind && other.param_types == param_types
    });
    if let Some(prev) = twin {
        let prev_span = cx.program.method(prev).name_span;
        let (code, msg) = if conversion {
            (
                "CS0557",
                format!(
                    "Duplicate user-defined conversion in type '{}'",
                    cx.class_display(d.id)
                ),
            )
        } else {
            (
                "CS0111",
                format!(
                    "Type '{}' already defines a member called '{name}' with the same parameter types",
                    cx.class_display(d.id)
                ),
            )
        };
        cx.diags.push(
            Diagnostic::error(code, msg, op.name_span)
                .with_label(prev_span, "first defined here")
                .with_hint("remove one of them"),
        );
        return;
    }
    let method = Method {
        virt: Virt::None,
        vslot: None,
        delegate_entry: false,
        expr_count: 0,
        stmt_count: 0,
        class: d.id,
        name: name.to_string(),
        kind: MethodKind::Ordinary,
        is_static: true,
        is_async: false,
        async_kind: crate::hir::AsyncKind::NotAsync,
        iterator: None,
        type_params: Vec::new(),
        params,
        param_types,
        return_type: ret,
        locals,
        body: None,
        span: op.span,
        name_span: op.name_span,
    };
    let body = match &op.body {
        ast::Body::None(_) => {
            cx.error(
                "CS0501",
                format!("'{text}' must declare a body because it is not marked abstract, extern, or partial"),
                op.name_span,
                "add a body `{ ... }`",
            );
            None
        }
        b => Some(BodySrc::Body(b)),
    };
    let id = crate::check_members::push_method(cx, d.id, method, body, false);
    cx.operators.entry(d.id).or_default().push(id);
    cx.operator_names.insert(id, text);
}

/// CS0216 for each operator of `class` declared without its partner (same parameter types).
pub(crate) fn check_pairs(cx: &mut Ctx<'_>, class: ClassId) {
    let ops = cx.operators.get(&class).cloned().unwrap_or_default();
    for &m in &ops {
        let method = cx.program.method(m).clone();
        for (a, b) in PAIRS {
            for (mine, partner) in [(a, b), (b, a)] {
                let (mine_name, partner_name) = match mine {
                    "true" | "false" => (unary_name(mine), unary_name(partner)),
                    _ => (binary_name(mine), binary_name(partner)),
                };
                if Some(method.name.as_str()) != mine_name {
                    continue;
                }
                let found = ops.iter().any(|&o| {
                    let other = cx.program.method(o);
                    Some(other.name.as_str()) == partner_name
                        && other.param_types == method.param_types
                        && other.return_type == method.return_type
                });
                if !found {
                    let text = cx.operator_names.get(&m).cloned().unwrap_or_default();
                    let span = method.name_span;
                    cx.error(
                        "CS0216",
                        format!("The operator '{text}' requires a matching operator '{partner}' to also be defined"),
                        span,
                        &format!("declare `operator {partner}` with the same parameter types"),
                    );
                }
            }
        }
    }
}

/// The type a declaration of `class` names it by.
pub(crate) fn self_type(cx: &Ctx<'_>, class: ClassId) -> Ty {
    cx.class_ty(class)
}

/// The operator methods named `name` that a value of type `t` brings to an operation: those
/// of its class and its base classes.
pub(crate) fn candidates(cx: &Ctx<'_>, t: &Ty, name: &str, out: &mut Vec<MethodId>) {
    let Ty::Class(id, _) = t else {
        return;
    };
    for k in cx.class_chain(*id) {
        for &m in cx.operators.get(&k).into_iter().flatten() {
            if cx.program.method(m).name == name && !out.contains(&m) {
                out.push(m);
            }
        }
    }
}
