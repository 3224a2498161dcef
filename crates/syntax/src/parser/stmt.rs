//! Statements. A local declaration is tried before an expression statement (`List<int> x;` vs
//! `a < b;`), as C#'s parser does; statement forms outside the language are parsed far enough to
//! be skipped and named.

use super::types::{contextual, ident};
use super::{sp, Extra, GErr, TokenInput};
use crate::ast::*;
use crate::span::Span;
use crate::token::Token;
use chumsky::prelude::*;

/// A closing token that, when missing, is reported and assumed, so parsing goes on after the
/// construct it closes.
pub(crate) fn expect_closer<'a, I: TokenInput<'a>, Er: GErr<'a, I>>(
    t: Token<'a>,
) -> impl Parser<'a, I, (), Extra<Er>> + Clone {
    just(t).ignored().recover_with(via_parser(empty()))
}

/// `{ ... }` with its nested braces, for skipping text that cannot be parsed.
pub(crate) fn balanced_braces<'a, I: TokenInput<'a>, Er: GErr<'a, I>>(
) -> impl Parser<'a, I, (), Extra<Er>> + Clone {
    recursive(|braces| {
        choice((
            braces,
            any()
                .and_is(one_of([Token::LBrace, Token::RBrace]).not())
                .ignored(),
        ))
        .repeated()
        .delimited_by(just(Token::LBrace), just(Token::RBrace))
    })
}

/// Skips text that cannot be parsed: to the next `;` (included) or through a balanced block,
/// never past the `}` that closes the enclosing block or type.
pub(crate) fn skip_to_sync<'a, I: TokenInput<'a>, Er: GErr<'a, I>>(
) -> impl Parser<'a, I, SimpleSpan, Extra<Er>> + Clone {
    let plain = any()
        .and_is(one_of([Token::Semi, Token::LBrace, Token::RBrace]).not())
        .ignored();
    choice((
        plain
            .repeated()
            .at_least(1)
            .then(choice((just(Token::Semi).ignored(), balanced_braces())).or_not())
            .ignored(),
        balanced_braces(),
        just(Token::Semi).ignored(),
    ))
    .to_span()
}

pub(crate) fn junk_statement<'a, I: TokenInput<'a>, Er: GErr<'a, I>>(
) -> impl Parser<'a, I, Stmt, Extra<Er>> + Clone {
    skip_to_sync().map(|span| Stmt {
        kind: StmtKind::Error,
        span: sp(span),
    })
}

fn declarator<'a, I: TokenInput<'a>, Er: GErr<'a, I>>(
    expr: impl Parser<'a, I, Expr, Extra<Er>> + Clone + 'a,
) -> impl Parser<'a, I, VarDeclarator, Extra<Er>> + Clone + 'a {
    ident()
        .then(just(Token::Eq).ignore_then(var_init(expr)).or_not())
        .map_with(|(name, init), e| VarDeclarator {
            name,
            init,
            span: sp(e.span()),
        })
}

/// What follows `=` in a declaration: an expression, or an array initializer `{ 1, 2 }`, which
/// is read as `new[] { 1, 2 }` here and given the declared element type by `typed_initializers`.
fn var_init<'a, I: TokenInput<'a>, Er: GErr<'a, I>>(
    expr: impl Parser<'a, I, Expr, Extra<Er>> + Clone + 'a,
) -> impl Parser<'a, I, Expr, Extra<Er>> + Clone + 'a {
    let bare_initializer = expr
        .clone()
        .separated_by(just(Token::Comma))
        .allow_trailing()
        .collect()
        .delimited_by(just(Token::LBrace), just(Token::RBrace))
        .map_with(|init, e| {
            let span = sp(e.span());
            // Marked with an empty error type at the `{`, replaced by `typed_initializers`.
            let marker = TypeExpr {
                kind: TypeExprKind::Error,
                span: Span::new(span.start as usize, span.start as usize),
            };
            Expr {
                kind: ExprKind::NewArray {
                    element: Some(marker),
                    size: None,
                    init: Some(init),
                },
                span,
            }
        });
    // After `T x =` the statement is a declaration whatever follows: a missing value is
    // reported where it is missing, and the declaration is kept.
    bare_initializer
        .or(expr)
        .recover_with(via_parser(empty().map_with(|_, e| Expr {
            kind: ExprKind::Error,
            span: sp(e.span()),
        })))
}

/// `int[] a = { 1, 2 };` means `new int[] { 1, 2 }`: a bare initializer takes the element type
/// of the declared array type. Returns the span of one that has no array type to take (CS0622).
pub(crate) fn typed_initializers(ty: &TypeExpr, declarators: &mut [VarDeclarator]) -> Option<Span> {
    let element = match &ty.kind {
        TypeExprKind::Array { element, rank: 1 } => Some(element),
        _ => None,
    };
    let mut misplaced = None;
    for d in declarators {
        if let Some(Expr {
            kind:
                ExprKind::NewArray {
                    element: Some(slot),
                    size: None,
                    ..
                },
            span,
        }) = &mut d.init
        {
            if matches!(slot.kind, TypeExprKind::Error) && slot.span.is_empty() {
                match element {
                    Some(e) => *slot = (**e).clone(),
                    None => misplaced = Some(*span),
                }
            }
        }
    }
    misplaced
}

/// Declarations go through here so that a bare `{ .. }` initializer gets its element type, or
/// CS0622 when the declared type is not an array.
fn finish_decl<'a, I: TokenInput<'a>, Er: GErr<'a, I>>(
    mut decl: LocalDecl,
    emitter: &mut chumsky::input::Emitter<Er>,
) -> LocalDecl {
    if let Some(at) = typed_initializers(&decl.ty, &mut decl.declarators) {
        emitter.emit(Er::custom(
            SimpleSpan::from(at.range()),
            super::errors::custom(
                "CS0622",
                "Can only use array initializer expressions to assign to array types. Try using a new expression instead.",
                "write `new int[] { ... }`, or declare the variable with an array type",
            ),
        ));
    }
    decl
}

pub(crate) fn local_decl<'a, I: TokenInput<'a>, Er: GErr<'a, I>>(
    expr: impl Parser<'a, I, Expr, Extra<Er>> + Clone + 'a,
    ty: impl Parser<'a, I, TypeExpr, Extra<Er>> + Clone + 'a,
) -> impl Parser<'a, I, LocalDecl, Extra<Er>> + Clone + 'a {
    let declarator = declarator(expr);
    just(Token::Const)
        .or_not()
        // `await t` is an expression (a `for` initializer, a `using` resource), not a local of
        // type `await`.
        .then(ty.filter(|t: &TypeExpr| t.simple_name() != Some("await")))
        .then(
            declarator
                .separated_by(just(Token::Comma))
                .at_least(1)
                .collect(),
        )
        .validate(|((c, ty), declarators), _, emitter| {
            let decl = LocalDecl {
                is_const: c.is_some(),
                ty,
                declarators,
            };
            finish_decl(decl, emitter)
        })
}

pub(crate) fn block_parser<'a, I: TokenInput<'a>, Er: GErr<'a, I>>(
    stmt: impl Parser<'a, I, Stmt, Extra<Er>> + Clone + 'a,
) -> impl Parser<'a, I, Block, Extra<Er>> + Clone + 'a {
    just(Token::LBrace)
        .ignore_then(stmt.repeated().collect())
        .then_ignore(
            just(Token::RBrace)
                .ignored()
                .recover_with(via_parser(end())),
        )
        .map_with(|stmts, e| Block {
            stmts,
            span: sp(e.span()),
        })
        .labelled("block")
}

pub(crate) fn stmt_parser<'a, I: TokenInput<'a>, Er: GErr<'a, I>>(
    stmt: impl Parser<'a, I, Stmt, Extra<Er>> + Clone + 'a,
    block: impl Parser<'a, I, Block, Extra<Er>> + Clone + 'a,
    expr: impl Parser<'a, I, Expr, Extra<Er>> + Clone + 'a,
    ty: impl Parser<'a, I, TypeExpr, Extra<Er>> + Clone + 'a,
) -> impl Parser<'a, I, Stmt, Extra<Er>> + Clone + 'a {
    let semi = || expect_closer(Token::Semi);
    let boxed = |s: Stmt| Box::new(s);
    let cond = expr
        .clone()
        .delimited_by(just(Token::LParen), expect_closer(Token::RParen));
    let local = local_decl(expr.clone(), ty.clone());
    let declarator = declarator(expr.clone());

    let if_stmt = just(Token::If)
        .ignore_then(cond.clone())
        .then(stmt.clone())
        .then(just(Token::Else).ignore_then(stmt.clone()).or_not())
        .map(move |((cond, then), otherwise)| StmtKind::If {
            cond,
            then: boxed(then),
            otherwise: otherwise.map(boxed),
        });
    let while_stmt = just(Token::While)
        .ignore_then(cond.clone())
        .then(stmt.clone())
        .map(move |(cond, body)| StmtKind::While {
            cond,
            body: boxed(body),
        });
    let do_stmt = just(Token::Do)
        .ignore_then(stmt.clone())
        .then_ignore(just(Token::While))
        .then(cond.clone())
        .then_ignore(semi())
        .map(move |(body, cond)| StmtKind::DoWhile {
            body: boxed(body),
            cond,
        });
    let expr_list = expr
        .clone()
        .separated_by(just(Token::Comma))
        .at_least(1)
        .collect::<Vec<_>>();
    let for_init = choice((
        local.clone().map(ForInit::Decl),
        expr_list.clone().map(ForInit::Exprs),
    ));
    let for_stmt = just(Token::For)
        .ignore_then(
            for_init
                .or_not()
                .then_ignore(just(Token::Semi))
                .then(expr.clone().or_not())
                .then_ignore(just(Token::Semi))
                .then(expr_list.or_not().map(Option::unwrap_or_default))
                .delimited_by(just(Token::LParen), expect_closer(Token::RParen)),
        )
        .then(stmt.clone())
        .map(move |(((init, cond), update), body)| StmtKind::For {
            init,
            cond,
            update,
            body: boxed(body),
        });
    let foreach_stmt = contextual("await")
        .or_not()
        .then_ignore(just(Token::Foreach))
        .then(
            ty.clone()
                .then(ident())
                .then_ignore(just(Token::In))
                .then(expr.clone())
                .delimited_by(just(Token::LParen), expect_closer(Token::RParen)),
        )
        .then(stmt.clone())
        .map(
            move |((is_await, ((ty, name), collection)), body)| StmtKind::Foreach {
                is_await: is_await.is_some(),
                ty,
                name,
                collection,
                body: boxed(body),
            },
        );
    let catch = just(Token::Catch)
        .ignore_then(
            ty.clone()
                .then(ident().or_not())
                .delimited_by(just(Token::LParen), expect_closer(Token::RParen))
                .or_not(),
        )
        .then(contextual("when").ignore_then(cond.clone()).or_not())
        .then(block.clone())
        .map_with(|((decl, filter), body), e| {
            let (ty, name) = match decl {
                Some((ty, name)) => (Some(ty), name),
                None => (None, None),
            };
            CatchClause {
                ty,
                name,
                filter,
                body,
                span: sp(e.span()),
            }
        });
    let try_stmt = just(Token::Try)
        .ignore_then(block.clone())
        .then(catch.repeated().collect())
        .then(just(Token::Finally).ignore_then(block.clone()).or_not())
        .map(|((body, catches), finally)| StmtKind::Try {
            body,
            catches,
            finally,
        });
    let switch_label = choice((
        just(Token::Case)
            .ignore_then(expr.clone())
            .then_ignore(just(Token::Colon))
            .map(Some),
        just(Token::Default).then(just(Token::Colon)).to(None),
    ));
    let switch_section = switch_label
        .repeated()
        .at_least(1)
        .collect()
        .then(
            choice((just(Token::Case), just(Token::Default)))
                .not()
                .ignore_then(stmt.clone())
                .repeated()
                .collect(),
        )
        .map_with(|(labels, body), e| SwitchSection {
            labels,
            body,
            span: sp(e.span()),
        });
    let switch_stmt = just(Token::Switch)
        .ignore_then(cond.clone())
        .then(
            switch_section
                .repeated()
                .collect()
                .delimited_by(just(Token::LBrace), just(Token::RBrace)),
        )
        .map(|(subject, sections)| StmtKind::Switch { subject, sections });
    let using_stmt = just(Token::Using).ignore_then(choice((
        choice((
            local.clone().map(ForInit::Decl),
            expr.clone().map(|e| ForInit::Exprs(vec![e])),
        ))
        .delimited_by(just(Token::LParen), just(Token::RParen))
        .then(stmt.clone())
        .map(move |(r, body)| StmtKind::Using {
            resource: Box::new(r),
            body: Some(boxed(body)),
        }),
        local.clone().then_ignore(semi()).map(|d| StmtKind::Using {
            resource: Box::new(ForInit::Decl(d)),
            body: None,
        }),
    )));
    let yield_stmt = contextual("yield").ignore_then(choice((
        just(Token::Return)
            .ignore_then(expr.clone())
            .then_ignore(semi())
            .map(StmtKind::YieldReturn),
        just(Token::Break).then(semi()).to(StmtKind::YieldBreak),
    )));
    // Forms the language will never have: parse enough to skip them cleanly.
    let unsupported = choice((
        just(Token::Lock)
            .then(cond.clone())
            .then(stmt.clone())
            .to(StmtKind::Unsupported("`lock` statements")),
        just(Token::Goto)
            .then(any().and_is(just(Token::Semi).not()).repeated())
            .then(semi())
            .to(StmtKind::Unsupported("`goto` statements")),
        choice((
            just(Token::Checked),
            just(Token::Unchecked),
            just(Token::Unsafe),
        ))
        .then(block.clone())
        .to(StmtKind::Unsupported(
            "`checked`, `unchecked` and `unsafe` blocks",
        )),
        just(Token::Fixed)
            .then(cond.clone())
            .then(stmt.clone())
            .to(StmtKind::Unsupported("`fixed` statements")),
    ));

    choice((
        block.clone().map(StmtKind::Block),
        // `T x` is read once, then `(` makes it a local function and `=`, `,` or `;` a
        // declaration; anything else (`await t;` reads as type `await`) is left to the
        // expression parser.
        // Guard: a declaration starts with a type name followed by a name or the rest of a
        // type; `x = 1;` and `F();` fail here at the second token.
        choice((
            select! { Token::Ident(_) => (), Token::VerbatimIdent(_) => () },
            super::types::predefined().ignored(),
        ))
        .then(select! {
            Token::Ident(_) => (),
            Token::VerbatimIdent(_) => (),
            Token::Lt => (),
            Token::Dot => (),
            Token::LBracket => (),
            Token::Question => (),
        })
        .ignored()
        .or(just(Token::Const).ignored())
        .rewind()
        .ignore_then(contextual("async").or_not())
        .then(just(Token::Const).or_not())
        .then(ty.clone())
        .filter(|(_, t): &(_, TypeExpr)| t.simple_name() != Some("await"))
        .then(ident())
        .then(choice((
            any()
                .and_is(just(Token::RParen).not())
                .repeated()
                .delimited_by(just(Token::LParen), just(Token::RParen))
                .then(choice((
                    block.clone().ignored(),
                    just(Token::Arrow).then(expr.clone()).then(semi()).ignored(),
                )))
                .to(None),
            just(Token::Eq)
                .ignore_then(var_init(expr.clone()))
                .or_not()
                .then(
                    just(Token::Comma)
                        .ignore_then(declarator.clone())
                        .repeated()
                        .collect::<Vec<_>>(),
                )
                .then_ignore(semi())
                .map(Some),
        )))
        .try_map(
            |((((is_async, is_const), ty), name), rest), span| match rest {
                None => Ok(StmtKind::Unsupported("local functions")),
                Some(_) if is_async.is_some() => Err(Er::custom(span, String::new())),
                Some((init, more)) => {
                    let first = VarDeclarator {
                        span: name
                            .span
                            .to(init.as_ref().map_or(name.span, |e: &Expr| e.span)),
                        name,
                        init,
                    };
                    let mut declarators = vec![first];
                    declarators.extend(more);
                    Ok(StmtKind::LocalDecl(LocalDecl {
                        is_const: is_const.is_some(),
                        ty,
                        declarators,
                    }))
                }
            },
        )
        .validate(|kind, _, emitter| match kind {
            StmtKind::LocalDecl(decl) => StmtKind::LocalDecl(finish_decl(decl, emitter)),
            other => other,
        }),
        yield_stmt,
        // `await foreach` before the expression statement, which would take `await` for the
        // start of an await expression and stop at `foreach`.
        contextual("await")
            .then(just(Token::Foreach))
            .rewind()
            .ignore_then(foreach_stmt.clone()),
        ident()
            .then(just(Token::Colon))
            .then(stmt.clone())
            .to(StmtKind::Unsupported("labeled statements")),
        // Keyword-led statements come after: no expression starts with their keywords, so the
        // common statements are found without trying a dozen alternatives first.
        // Guard: statement keywords never start an expression, so `if`, `return` and friends
        // skip the expression parser's many alternatives.
        none_of([
            Token::If,
            Token::While,
            Token::Do,
            Token::For,
            Token::Foreach,
            Token::Return,
            Token::Throw,
            Token::Try,
            Token::Break,
            Token::Continue,
            Token::Switch,
            Token::Using,
            Token::Lock,
            Token::Goto,
            Token::Semi,
            Token::LBrace,
            Token::RBrace,
            Token::Fixed,
            Token::Unsafe,
        ])
        .rewind()
        .ignore_then(expr.clone())
        .then_ignore(semi())
        .map(StmtKind::Expr),
        just(Token::Semi).to(StmtKind::Empty),
        if_stmt,
        while_stmt,
        do_stmt,
        for_stmt,
        foreach_stmt,
        just(Token::Break).then(semi()).to(StmtKind::Break),
        just(Token::Continue).then(semi()).to(StmtKind::Continue),
        just(Token::Return)
            .ignore_then(expr.clone().or_not())
            .then_ignore(semi())
            .map(StmtKind::Return),
        just(Token::Throw)
            .ignore_then(expr.clone().or_not())
            .then_ignore(semi())
            .map(StmtKind::Throw),
        try_stmt,
        switch_stmt,
        using_stmt,
        unsupported,
    ))
    .map_with(|kind, e| Stmt {
        kind,
        span: sp(e.span()),
    })
    .labelled("statement")
    .boxed()
}
