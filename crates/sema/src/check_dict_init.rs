//! Initializers of `Dictionary<TKey, TValue>`: `{ { k, v }, ... }` calls `Add(k, v)` (which
//! throws on a duplicate key) and `{ [k] = v, ... }` the indexer's setter (which overwrites),
//! each after the previous one, once the constructor has run. Each item becomes a call without
//! a receiver in `New::initializer`; lowering calls it on the new object.

use unawait_syntax::ast::{self, ExprKind as A};

use crate::body::Body;
use crate::builtins::library;
use crate::check_call::MethodGroup;
use crate::check_expr::mk;
use crate::hir::{Callee, Expr, ExprKind};
use crate::resolve_value::lookup_members;
use crate::types::Ty;

impl Body<'_, '_> {
    /// The checked items of a dictionary initializer, or `None` after an error.
    pub(crate) fn dictionary_initializer(
        &mut self,
        ty: &Ty,
        items: &[ast::Expr],
    ) -> Option<Vec<Expr>> {
        let indexed = |i: &ast::Expr| {
            matches!(&i.kind, A::Assign { op: None, target, .. }
                if matches!(target.kind, A::ImplicitIndex(_)))
        };
        let first_indexed = items.first().is_some_and(indexed);
        let mut out = Vec::with_capacity(items.len());
        let mut ok = true;
        for item in items {
            // C# reads the first item to decide whether this is a collection initializer (`{ k,
            // v }` items) or an object initializer (`[k] = v` items), and rejects the other kind.
            if indexed(item) != first_indexed {
                self.err(
                    "CS0747",
                    "Invalid initializer member declarator",
                    item.span,
                    "use either `{ key, value }` items or `[key] = value` items",
                );
                ok = false;
                continue;
            }
            match self.dictionary_item(ty, item) {
                Some(e) => out.push(e),
                None => ok = false,
            }
        }
        ok.then_some(out)
    }

    fn dictionary_item(&mut self, ty: &Ty, item: &ast::Expr) -> Option<Expr> {
        let span = item.span;
        match &item.kind {
            A::Assign {
                op: None,
                target,
                value,
            } => {
                let A::ImplicitIndex(args) = &target.kind else {
                    // `{ Count = 1 }`: a member of the dictionary assigned.
                    self.cx.unsupported("object initializers are", span);
                    self.expr(value);
                    return None;
                };
                let cands = lookup_members(ty, "this[]");
                let first = cands.first()?;
                let indexer = first.callee_builtin();
                let b = library().get(indexer);
                let key_ty = b.params.first().map(|p| p.1.subst(&first.owner_args))?;
                let value_ty = b.ret.subst(&first.owner_args);
                if args.len() != 1 {
                    for a in args {
                        self.expr(&a.value);
                    }
                    self.expr(value);
                    self.err(
                        "CS1501",
                        format!(
                            "No overload for method 'this' takes {} arguments",
                            args.len()
                        ),
                        target.span,
                        "a dictionary is indexed by one key",
                    );
                    return None;
                }
                let k = self.expr_with(&args[0].value, Some(&key_ty));
                let k = self.coerce(k, &key_ty);
                let v = self.expr_with(value, Some(&value_ty));
                let v = self.coerce(v, &value_ty);
                Some(mk(
                    ExprKind::Call {
                        callee: Callee::Builtin(indexer),
                        receiver: None,
                        args: vec![k, v],
                        type_args: first.owner_args.clone(),
                    },
                    Ty::Void,
                    span,
                ))
            }
            _ => {
                // `{ k, v }` is `Add(k, v)`; a single expression is `Add(e)`.
                let elems: Vec<&ast::Expr> = match &item.kind {
                    A::InitializerList(es) => es.iter().collect(),
                    _ => vec![item],
                };
                let cands: Vec<_> = lookup_members(ty, "Add")
                    .into_iter()
                    .filter(|c| c.level == 0)
                    .collect();
                // The one `Add(TKey, TValue)` gives its arguments their target types
                // (`{ "k", new() { 1 } }`).
                let params: Vec<Ty> = match cands.as_slice() {
                    [only] => library()
                        .get(only.callee_builtin())
                        .params
                        .iter()
                        .map(|p| p.1.subst(&only.owner_args))
                        .collect(),
                    _ => Vec::new(),
                };
                let args: Vec<Expr> = elems
                    .iter()
                    .enumerate()
                    .map(|(i, e)| self.expr_with(e, params.get(i)))
                    .collect();
                let g = MethodGroup {
                    cands,
                    // The new object: only its type matters to overload resolution.
                    receiver: Some(Box::new(mk(ExprKind::Error, ty.clone(), span))),
                    name: "Add".into(),
                    type_args: Vec::new(),
                    via_type: false,
                };
                let res = self.resolve_call(g, args, span, false)?;
                Some(mk(
                    ExprKind::Call {
                        callee: res.callee,
                        receiver: None,
                        args: res.args,
                        type_args: res.type_args,
                    },
                    Ty::Void,
                    span,
                ))
            }
        }
    }
}
