//! Two-dimensional arrays (`T[,]`): their creation (`new T[a, b]`, `new T[,] { { .. }, .. }`)
//! and element access. To the rest of the compiler a `T[,]` is a library type
//! (`Lib::MdArray`) whose constructors, indexer, `Length`, `Rank` and `GetLength` the runtime
//! implements; `a[i, j]` is its indexer with both indices packed into one `long` (`i` in the
//! high half, `j` in the low), so the place, compound assignment and awaits in the indices
//! follow the indexer's path in C#'s order (the array, `i`, `j`, then the access).

use unawait_syntax::ast::{self, ExprKind as A};
use unawait_syntax::Span;

use crate::body::Body;
use crate::check_expr::mk;
use crate::constants::ConstValue;
use crate::hir::{BinOp, Callee, Expr, ExprKind};
use crate::resolve::lookup_members;
use crate::types::{Lib, Ty};

impl Body<'_, '_> {
    /// An index of a two-dimensional array as `int` (`long` indices draw UA0100).
    fn md_int_index(&mut self, i: Expr) -> Option<Expr> {
        if i.ty == Ty::Long {
            self.cx.unsupported(
                "`long` indices and sizes of multi-dimensional arrays are",
                i.span,
            );
            return None;
        }
        Some(self.coerce(i, &Ty::Int))
    }

    /// `a[i, j]` of `t`, a `T[,]` with elements of type `elem`.
    pub(crate) fn md_index(&mut self, t: Expr, idx: Vec<Expr>, elem: Ty, span: Span) -> Expr {
        if idx.len() != 2 {
            self.err(
                "CS0022",
                "Wrong number of indices inside []; expected 2",
                span,
                "index a two-dimensional array with two values: `a[i, j]`",
            );
            return Expr::error(span);
        }
        let mut ints = Vec::new();
        for i in idx {
            match self.md_int_index(i) {
                Some(i) if !i.ty.is_error() => ints.push(i),
                _ => return Expr::error(span),
            }
        }
        let (Some(j), Some(i)) = (ints.pop(), ints.pop()) else {
            return Expr::error(span);
        };
        let Some(indexer) = lookup_members(&t.ty, "this[]")
            .first()
            .map(|c| c.callee_builtin())
        else {
            return Expr::error(span);
        };
        let long = |e: Expr, this: &mut Self| this.coerce(e, &Ty::Long);
        let konst = |v: i64, span| mk(ExprKind::Const(ConstValue::Long(v)), Ty::Long, span);
        let bin = |op, lhs: Expr, rhs: Expr, span| {
            mk(
                ExprKind::Binary {
                    op,
                    operand_ty: Ty::Long,
                    lhs: Box::new(lhs),
                    rhs: Box::new(rhs),
                },
                Ty::Long,
                span,
            )
        };
        let (si, sj) = (i.span, j.span);
        let high = bin(BinOp::Mul, long(i, self), konst(1 << 32, si), si);
        let low = bin(BinOp::BitAnd, long(j, self), konst(0xFFFF_FFFF, sj), sj);
        let packed = bin(BinOp::BitOr, high, low, span);
        mk(
            ExprKind::Indexer {
                target: Box::new(t),
                index: Box::new(packed),
                indexer,
            },
            elem,
            span,
        )
    }

    /// The constructor of `ty` (a `T[,]`) with `n` parameters.
    fn md_ctor(ty: &Ty, n: usize) -> Option<Callee> {
        lookup_members(ty, ".ctor")
            .into_iter()
            .map(|c| c.callee_builtin())
            .find(|&b| crate::builtins::library().get(b).params.len() == n)
            .map(Callee::Builtin)
    }

    /// `new T[a, b]`, `new T[,] { { .. }, .. }` and `new[,] { { .. }, .. }`.
    pub(crate) fn new_md_array(
        &mut self,
        element: Option<&ast::TypeExpr>,
        sizes: &[ast::Expr],
        init: Option<&[ast::Expr]>,
        span: Span,
    ) -> Expr {
        let elem = element.map(|t| self.cx.resolve_value_type(t, self.ns.as_deref()));
        let mut lengths = Vec::new();
        for s in sizes {
            let v = self.expr(s);
            match self.md_int_index(v) {
                Some(v) => lengths.push(v),
                None => return Expr::error(span),
            }
        }
        if let Some(l) = lengths.iter().find(|l| {
            l.constant()
                .and_then(ConstValue::as_i64)
                .is_some_and(|n| n < 0)
        }) {
            self.err(
                "CS0248",
                "Cannot create an array with a negative size",
                l.span,
                "give a size of 0 or more",
            );
            return Expr::error(span);
        }
        let Some(init) = init else {
            let elem = elem.unwrap_or(Ty::Error);
            if elem.is_error() || lengths.iter().any(|l| l.ty.is_error()) {
                return Expr::error(span);
            }
            // Each element would need a zeroed struct of its own, which the runtime does not
            // make for two-dimensional arrays (one-dimensional ones get them).
            if crate::structs::struct_of(&elem).is_some() {
                self.cx.unsupported(
                    "two-dimensional arrays of structs without an initializer are",
                    span,
                );
                return Expr::error(span);
            }
            let ty = Ty::Lib(Lib::MdArray, vec![elem.clone()]);
            let Some(ctor) = Self::md_ctor(&ty, 2) else {
                return Expr::error(span);
            };
            return mk(
                ExprKind::New {
                    ctor,
                    args: lengths,
                    type_args: vec![elem],
                    initializer: Vec::new(),
                },
                ty,
                span,
            );
        };
        // The rows: each a nested initializer of one length.
        let mut items = Vec::new();
        let mut width: Option<usize> = None;
        for row in init {
            let A::InitializerList(cells) = &row.kind else {
                self.err(
                    "CS0846",
                    "A nested array initializer is expected",
                    row.span,
                    "write each row in braces: `{ { 1, 2 }, { 3, 4 } }`",
                );
                return Expr::error(span);
            };
            if width.is_some_and(|w| w != cells.len()) {
                self.err(
                    "CS0847",
                    format!(
                        "An array initializer of length '{}' is expected",
                        width.unwrap_or(0)
                    ),
                    row.span,
                    "give every row the same number of elements",
                );
                return Expr::error(span);
            }
            width = Some(cells.len());
            for c in cells {
                if matches!(c.kind, A::InitializerList(_)) {
                    self.err(
                        "CS0623",
                        "Array initializers can only be used in a variable or field initializer. Try using a new expression instead.",
                        c.span,
                        "a two-dimensional array's rows hold elements, not arrays",
                    );
                    return Expr::error(span);
                }
                items.push(self.expr_with(c, elem.as_ref()));
            }
        }
        let (rows, cols) = (init.len(), width.unwrap_or(0));
        for (given, want) in lengths.iter().zip([rows, cols]) {
            match given.constant().and_then(ConstValue::as_i64) {
                Some(n) if n == want as i64 => {}
                Some(_) => {
                    self.err(
                        "CS0847",
                        format!("An array initializer of length '{want}' is expected"),
                        span,
                        "make the sizes match the initializer, or omit them",
                    );
                    return Expr::error(span);
                }
                None if given.ty.is_error() => return Expr::error(span),
                None => {
                    self.err(
                        "CS0150",
                        "A constant value is expected",
                        given.span,
                        "omit the sizes: `new int[,] { ... }`",
                    );
                    return Expr::error(span);
                }
            }
        }
        let elem = match elem {
            Some(t) => t,
            None => self.best_common_type(&items, span),
        };
        if elem.is_error() {
            return Expr::error(span);
        }
        let items: Vec<Expr> = items.into_iter().map(|i| self.coerce(i, &elem)).collect();
        let ty = Ty::Lib(Lib::MdArray, vec![elem.clone()]);
        let Some(ctor) = Self::md_ctor(&ty, 3) else {
            return Expr::error(span);
        };
        let int = |n: usize| mk(ExprKind::Const(ConstValue::Int(n as i32)), Ty::Int, span);
        let flat = mk(
            ExprKind::ArrayInit {
                elem: elem.clone(),
                items,
            },
            Ty::array_of(elem.clone()),
            span,
        );
        mk(
            ExprKind::New {
                ctor,
                args: vec![flat, int(rows), int(cols)],
                type_args: vec![elem],
                initializer: Vec::new(),
            },
            ty,
            span,
        )
    }
}
