//! LINQ's `GroupBy` with a result selector: `xs.GroupBy(k, (key, items) => r)` (and with an
//! element selector before it) is checked as `xs.GroupBy(k).Select(g => { var key = g.Key; var
//! items = g; return r; })`, what .NET runs: the groups are made at the first `MoveNext`, then
//! the result selector runs once per group, in the groups' order, as each is pulled. A selector
//! parameter with a written type declares its local with that type.

use unawait_syntax::ast::{self, ExprKind as A};
use unawait_syntax::Span;

use crate::body::Body;
use crate::hir::Expr;

/// The synthetic lambda parameter: not a C# identifier, so it hides no name of the program.
const GROUP: &str = "<group>";

impl Body<'_, '_> {
    /// `recv.GroupBy(k, [e,] (key, items) => r)` with `System.Linq` in scope and `recv` a
    /// sequence; `None` for any other call.
    pub(crate) fn group_by_result_call(
        &mut self,
        callee: &ast::Expr,
        args: &[ast::Arg],
        span: Span,
    ) -> Option<Expr> {
        let A::Member {
            target,
            name,
            type_args,
        } = &callee.kind
        else {
            return None;
        };
        if name.name != "GroupBy"
            || !type_args.is_empty()
            || !matches!(args.len(), 2 | 3)
            || args
                .iter()
                .any(|a| a.name.is_some() || a.modifier.is_some())
            || !self.cx.imports.contains("System.Linq")
            || self.cx.extension_targets.contains_key("GroupBy")
        {
            return None;
        }
        let (last, keys) = args.split_last()?;
        let A::Lambda {
            is_async: false,
            params,
            body,
            return_type: None,
            ..
        } = &last.value.kind
        else {
            return None;
        };
        if params.len() != 2
            || params
                .iter()
                .any(|p| p.modifier.is_some() || p.default.is_some())
        {
            return None;
        }
        let crate::resolve::Resolved::Value(v) = self.resolve_untraced(target) else {
            return None;
        };
        crate::convert::enumerable_elem(&v.ty)?;

        let at = last.value.span;
        let group = ast::Ident {
            name: GROUP.to_string(),
            span: at,
        };
        let group_expr = || ast::Expr {
            kind: A::Name {
                name: group.clone(),
                type_args: Vec::new(),
            },
            span: at,
        };
        let key = ast::Expr {
            kind: A::Member {
                target: Box::new(group_expr()),
                name: ast::Ident {
                    name: "Key".to_string(),
                    span: at,
                },
                type_args: Vec::new(),
            },
            span: at,
        };
        let mut stmts = Vec::new();
        for (p, value) in params.iter().zip([key, group_expr()]) {
            if p.name.name != "_" {
                stmts.push(local(p, value));
            }
        }
        match body {
            ast::LambdaBody::Expr(e) => stmts.push(ast::Stmt {
                kind: ast::StmtKind::Return(Some((**e).clone())),
                span: e.span,
            }),
            ast::LambdaBody::Block(b) => stmts.extend(b.stmts.iter().cloned()),
        }
        let selector = ast::Expr {
            kind: A::Lambda {
                attributes: Vec::new(),
                is_async: false,
                is_static: false,
                return_type: None,
                params: vec![ast::LambdaParam {
                    attributes: Vec::new(),
                    modifier: None,
                    ty: None,
                    name: group.clone(),
                    default: None,
                }],
                bare_param: true,
                body: ast::LambdaBody::Block(ast::Block { stmts, span: at }),
            },
            span: at,
        };
        let grouped = ast::Expr {
            kind: A::Call {
                callee: Box::new(callee.clone()),
                args: keys.to_vec(),
            },
            span,
        };
        let select = ast::Expr {
            kind: A::Member {
                target: Box::new(grouped),
                name: ast::Ident {
                    name: "Select".to_string(),
                    span: name.span,
                },
                type_args: Vec::new(),
            },
            span: callee.span,
        };
        let arg = ast::Arg {
            modifier: None,
            name: None,
            value: selector,
        };
        Some(self.call(&select, &[arg], span))
    }
}

/// `T p = value;` for a parameter written with its type, else `var p = value;`.
fn local(p: &ast::LambdaParam, value: ast::Expr) -> ast::Stmt {
    let span = p.name.span;
    let ty = p.ty.clone().unwrap_or_else(|| ast::TypeExpr {
        span,
        kind: ast::TypeExprKind::Named(vec![ast::TypeSegment {
            name: ast::Ident {
                name: "var".to_string(),
                span,
            },
            args: Vec::new(),
        }]),
    });
    ast::Stmt {
        span,
        kind: ast::StmtKind::LocalDecl(ast::LocalDecl {
            is_const: false,
            modifiers: ast::Modifiers::default(),
            ty,
            declarators: vec![ast::VarDeclarator {
                name: p.name.clone(),
                brackets: Vec::new(),
                init: Some(value),
                span,
            }],
        }),
    }
}
