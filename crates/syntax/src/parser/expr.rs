//! Expressions, with C#'s precedence: assignment and lambdas, then `?:`, then the binary operators
//! by `pratt` (from `??` up to `* / %`), prefix operators (unary, casts, `await`), and postfix
//! member access, calls, indexing and `++`/`--`.

use super::types::{contextual, ident, predefined, type_args};
use super::{sp, Extra, GErr, TokenInput};
use crate::ast::*;
use crate::token::Token;
use chumsky::pratt::{infix, left, postfix, prefix, right};
use chumsky::prelude::*;

fn mk(kind: ExprKind, span: SimpleSpan) -> Expr {
    Expr {
        kind,
        span: sp(span),
    }
}

fn bin(op: BinaryOp, l: Expr, r: Expr) -> Expr {
    let span = l.span.to(r.span);
    Expr {
        kind: ExprKind::Binary {
            op,
            lhs: Box::new(l),
            rhs: Box::new(r),
        },
        span,
    }
}

/// Two adjacent tokens read as one operator (`>` `>` is `>>`), as Roslyn does so that generic
/// argument lists can close with `>>`.
fn adjacent<'a, I: TokenInput<'a>, Er: GErr<'a, I>>(
    a: Token<'a>,
    b: Token<'a>,
) -> impl Parser<'a, I, (), Extra<Er>> + Clone {
    just(a)
        .to_span()
        .then(just(b).to_span())
        .filter(|(x, y): &(SimpleSpan, SimpleSpan)| x.end == y.start)
        .ignored()
}

/// Arguments of a call: `(a, name: b, out c)`.
pub(crate) fn arg_list<'a, I: TokenInput<'a>, Er: GErr<'a, I>>(
    expr: impl Parser<'a, I, Expr, Extra<Er>> + Clone,
) -> impl Parser<'a, I, Vec<Arg>, Extra<Er>> + Clone {
    let modifier = select! {
        Token::Ref => ParamModifier::Ref,
        Token::Out => ParamModifier::Out,
        Token::In => ParamModifier::In,
    }
    .map_with(|m, e| (m, sp(e.span())));
    let arg = ident()
        .then_ignore(just(Token::Colon))
        .or_not()
        .then(modifier.or_not())
        .then(expr)
        .map(|((name, modifier), value)| Arg {
            modifier,
            name,
            value,
        });
    // A missing `)` is assumed, so `F(a;` stays a call and draws only CS1026.
    arg.separated_by(just(Token::Comma)).collect().delimited_by(
        just(Token::LParen),
        super::stmt::expect_closer(Token::RParen),
    )
}

/// `{ a, b, c, }`: collection and array initializers.
fn initializer<'a, I: TokenInput<'a>, Er: GErr<'a, I>>(
    expr: impl Parser<'a, I, Expr, Extra<Er>> + Clone,
) -> impl Parser<'a, I, Vec<Expr>, Extra<Er>> + Clone {
    expr.separated_by(just(Token::Comma))
        .allow_trailing()
        .collect()
        .delimited_by(just(Token::LBrace), just(Token::RBrace))
}

pub(crate) fn expr_parser<'a, I: TokenInput<'a>, Er: GErr<'a, I>>(
    expr: impl Parser<'a, I, Expr, Extra<Er>> + Clone + 'a,
    block: impl Parser<'a, I, Block, Extra<Er>> + Clone + 'a,
    ty: impl Parser<'a, I, TypeExpr, Extra<Er>> + Clone + 'a,
) -> impl Parser<'a, I, Expr, Extra<Er>> + Clone + 'a {
    let literal = select! {
        Token::Integer((v, s)) => Literal::Int(v, s),
        Token::Real((v, None)) => Literal::Double(v),
        Token::Real((v, Some('d'))) => Literal::Double(v),
        Token::Real((v, Some('f'))) => Literal::Float(v),
        Token::Real((v, Some(_))) => Literal::Decimal(v.to_string()),
        Token::Str(s) => Literal::String(s.to_string()),
        Token::CharLit(c) => Literal::Char(c),
        Token::True => Literal::Bool(true),
        Token::False => Literal::Bool(false),
        Token::Null => Literal::Null,
    }
    .map(ExprKind::Literal);

    let hole = just(Token::HoleStart)
        .ignore_then(expr.clone())
        .then(just(Token::Comma).ignore_then(expr.clone()).or_not())
        .then(select! { Token::HoleFormat(f) => f.to_string() }.or_not())
        .then_ignore(just(Token::HoleEnd))
        .map(|((expr, alignment), format)| InterpPart::Hole {
            expr,
            alignment,
            format,
        })
        .recover_with(via_parser(
            just(Token::HoleStart)
                .then(any().and_is(just(Token::HoleEnd).not()).repeated())
                .then(just(Token::HoleEnd))
                .map_with(|_, e| InterpPart::Hole {
                    expr: mk(ExprKind::Error, e.span()),
                    alignment: None,
                    format: None,
                }),
        ));
    let interpolated = just(Token::InterpStart)
        .ignore_then(
            choice((
                select! { Token::InterpText(t) => InterpPart::Text(t.to_string()) },
                hole,
            ))
            .repeated()
            .collect(),
        )
        .then_ignore(just(Token::InterpEnd))
        .map(ExprKind::Interpolated);

    // `F<int>(x)`: `<` starts type arguments only when what follows the `>` could not continue a
    // comparison (Roslyn's disambiguation rule).
    let after_type_args = one_of([
        Token::LParen,
        Token::RParen,
        Token::RBracket,
        Token::RBrace,
        Token::Colon,
        Token::Semi,
        Token::Comma,
        Token::Dot,
        Token::Question,
        Token::EqEq,
        Token::NotEq,
        Token::Pipe,
        Token::Caret,
        Token::AndAnd,
        Token::OrOr,
        Token::Amp,
        Token::LBracket,
    ])
    .rewind();
    let generic_args = type_args(ty.clone())
        .then_ignore(after_type_args)
        .or_not()
        .map(Option::unwrap_or_default);
    let name = ident()
        .then(generic_args.clone())
        .map(|(name, type_args)| ExprKind::Name { name, type_args });

    let lambda_param = ty
        .clone()
        .then(ident())
        .map(|(ty, name)| LambdaParam { ty: Some(ty), name })
        .or(ident().map(|name| LambdaParam { ty: None, name }));
    let lambda_params = choice((
        ident().map(|name| vec![LambdaParam { ty: None, name }]),
        lambda_param
            .separated_by(just(Token::Comma))
            .collect()
            .delimited_by(just(Token::LParen), just(Token::RParen)),
    ));
    let lambda = contextual("async")
        .or_not()
        .then(lambda_params)
        .then_ignore(just(Token::Arrow))
        .then(choice((
            block.clone().map(LambdaBody::Block),
            expr.clone().map(|e| LambdaBody::Expr(Box::new(e))),
        )))
        .map(|((is_async, params), body)| ExprKind::Lambda {
            is_async: is_async.is_some(),
            params,
            body,
        });

    let new_expr = just(Token::New).ignore_then(choice((
        // new[] { 1, 2 }
        just(Token::LBracket)
            .then(just(Token::RBracket))
            .ignore_then(initializer(expr.clone()))
            .map(|init| ExprKind::NewArray {
                element: None,
                size: None,
                init: Some(init),
            }),
        // new() { ... }: target-typed
        arg_list(expr.clone())
            .then(initializer(expr.clone()).or_not())
            .map(|(args, initializer)| ExprKind::New {
                ty: None,
                args,
                initializer,
            }),
        ty.clone()
            .then(choice((
                expr.clone()
                    .delimited_by(just(Token::LBracket), just(Token::RBracket))
                    .then(initializer(expr.clone()).or_not())
                    .map(|(size, init)| (Some(size), None, init)),
                arg_list(expr.clone())
                    .then(initializer(expr.clone()).or_not())
                    .map(|(args, init)| (None, Some(args), init)),
                initializer(expr.clone()).map(|init| (None, None, Some(init))),
            )))
            .map(|(ty, (size, args, init))| match (size, args, ty) {
                (Some(size), _, ty) => ExprKind::NewArray {
                    element: Some(ty),
                    size: Some(Box::new(size)),
                    init,
                },
                (
                    None,
                    None,
                    TypeExpr {
                        kind: TypeExprKind::Array { element, .. },
                        ..
                    },
                ) => ExprKind::NewArray {
                    element: Some(*element),
                    size: None,
                    init,
                },
                (None, args, ty) => ExprKind::New {
                    ty: Some(ty),
                    args: args.unwrap_or_default(),
                    initializer: init,
                },
            }),
    )));

    let paren_type = ty
        .clone()
        .delimited_by(just(Token::LParen), just(Token::RParen));
    let misc = choice((
        just(Token::This).to(ExprKind::This),
        just(Token::Base).to(ExprKind::Base),
        just(Token::Typeof)
            .ignore_then(paren_type.clone())
            .map(ExprKind::Typeof),
        just(Token::Default)
            .ignore_then(paren_type.or_not())
            .map(ExprKind::Default),
        just(Token::Stackalloc)
            .then(ty.clone())
            .then(
                expr.clone()
                    .delimited_by(just(Token::LBracket), just(Token::RBracket))
                    .or_not(),
            )
            .to(ExprKind::Unsupported("`stackalloc`")),
        choice((
            just(Token::Checked),
            just(Token::Unchecked),
            just(Token::Sizeof),
        ))
        .then(
            expr.clone()
                .delimited_by(just(Token::LParen), just(Token::RParen)),
        )
        .to(ExprKind::Unsupported(
            "`checked`/`unchecked`/`sizeof` expressions",
        )),
        just(Token::Delegate)
            .then(arg_list(expr.clone()).or_not())
            .then(block.clone())
            .to(ExprKind::Unsupported(
                "anonymous methods (`delegate { ... }`)",
            )),
    ));

    let lambda_start = choice((
        contextual("async").ignored(),
        just(Token::LParen).ignored(),
        ident().then(just(Token::Arrow)).ignored(),
    ))
    .rewind();
    let atom = choice((
        lambda_start.ignore_then(lambda),
        literal,
        interpolated,
        name,
        predefined().map(ExprKind::PredefinedType),
        new_expr,
        misc,
    ))
    .map_with(|kind, e| mk(kind, e.span()))
    .or(expr
        .clone()
        .delimited_by(just(Token::LParen), just(Token::RParen)))
    .labelled("expression")
    .boxed();

    #[derive(Clone)]
    enum Post {
        Member(Ident, Vec<TypeExpr>),
        Call(Vec<Arg>),
        Index(Vec<Expr>),
        Inc,
        Dec,
        Unsupported(&'static str),
    }
    // Each guard is one token test that fails fast where the alternatives behind it would fail
    // one by one: after every operand, most postfix and prefix forms are absent.
    let postfix_start = one_of([
        Token::Dot,
        Token::LParen,
        Token::LBracket,
        Token::PlusPlus,
        Token::MinusMinus,
        Token::QuestionDot,
    ])
    .rewind();
    let postfix_op = postfix_start
        .ignore_then(choice((
            just(Token::Dot)
                .ignore_then(ident())
                .then(generic_args)
                .map(|(n, targs)| Post::Member(n, targs)),
            arg_list(expr.clone()).map(Post::Call),
            expr.clone()
                .separated_by(just(Token::Comma))
                .at_least(1)
                .collect()
                .delimited_by(just(Token::LBracket), just(Token::RBracket))
                .map(Post::Index),
            select! { Token::PlusPlus => Post::Inc, Token::MinusMinus => Post::Dec },
            just(Token::QuestionDot)
                .then(ident())
                .to(Post::Unsupported("the null-conditional operator `?.`")),
        )))
        .map_with(|p, e| (p, sp(e.span())));

    // A cast: `(int)x` always; `(Name)x` only when what follows cannot continue an expression
    // in parentheses (C# spec 12.9.7).
    let cast_follow = one_of([
        Token::LParen,
        Token::True,
        Token::False,
        Token::Null,
        Token::This,
        Token::New,
        Token::Base,
        Token::Typeof,
        Token::Default,
        Token::Bang,
        Token::Tilde,
        Token::InterpStart,
    ])
    .ignored()
    .or(select! {
        Token::Ident(_) => (),
        Token::VerbatimIdent(_) => (),
        Token::Integer(_) => (),
        Token::Real(_) => (),
        Token::Str(_) => (),
        Token::CharLit(_) => (),
    })
    .rewind();
    let cast = choice((
        ty.clone()
            .filter(|t: &TypeExpr| !matches!(t.kind, TypeExprKind::Named(_)))
            .delimited_by(just(Token::LParen), just(Token::RParen)),
        ty.clone()
            .delimited_by(just(Token::LParen), just(Token::RParen))
            .then_ignore(cast_follow),
    ));

    #[derive(Clone)]
    enum Pre {
        Unary(UnaryOp),
        Cast(TypeExpr),
        Await,
    }
    let prefix_start = one_of([
        Token::Minus,
        Token::Plus,
        Token::Bang,
        Token::Tilde,
        Token::PlusPlus,
        Token::MinusMinus,
        Token::LParen,
        Token::Ident("await"),
    ])
    .rewind();
    let prefix_op = prefix_start
        .ignore_then(choice((
            select! {
                Token::Minus => Pre::Unary(UnaryOp::Neg),
                Token::Plus => Pre::Unary(UnaryOp::Plus),
                Token::Bang => Pre::Unary(UnaryOp::Not),
                Token::Tilde => Pre::Unary(UnaryOp::BitNot),
                Token::PlusPlus => Pre::Unary(UnaryOp::PreInc),
                Token::MinusMinus => Pre::Unary(UnaryOp::PreDec),
            },
            contextual("await").to(Pre::Await),
            cast.map(Pre::Cast),
        )))
        .map_with(|p, e| (p, sp(e.span())));

    let binop = |t: Token<'a>, op: BinaryOp| just(t).to(op);
    let operand = atom
        .pratt((
            postfix(
                16,
                postfix_op,
                |lhs: Expr, (p, span): (Post, crate::Span), _: &mut _| {
                    let span = lhs.span.to(span);
                    let target = Box::new(lhs);
                    let kind = match p {
                        Post::Member(name, type_args) => ExprKind::Member {
                            target,
                            name,
                            type_args,
                        },
                        Post::Call(args) => ExprKind::Call {
                            callee: target,
                            args,
                        },
                        Post::Index(indices) => ExprKind::Index { target, indices },
                        Post::Inc => ExprKind::Unary {
                            op: UnaryOp::PostInc,
                            operand: target,
                        },
                        Post::Dec => ExprKind::Unary {
                            op: UnaryOp::PostDec,
                            operand: target,
                        },
                        Post::Unsupported(what) => ExprKind::Unsupported(what),
                    };
                    Expr { kind, span }
                },
            ),
            prefix(
                15,
                prefix_op,
                |(p, span): (Pre, crate::Span), rhs: Expr, _: &mut _| {
                    let span = span.to(rhs.span);
                    let operand = Box::new(rhs);
                    let kind = match p {
                        Pre::Unary(op) => ExprKind::Unary { op, operand },
                        Pre::Cast(ty) => ExprKind::Cast { ty, expr: operand },
                        Pre::Await => ExprKind::Await(operand),
                    };
                    Expr { kind, span }
                },
            ),
            infix(
                left(13),
                select! {
                    Token::Star => BinaryOp::Mul,
                    Token::Slash => BinaryOp::Div,
                    Token::Percent => BinaryOp::Rem,
                },
                |l, op, r, _: &mut _| bin(op, l, r),
            ),
            infix(
                left(12),
                select! { Token::Plus => BinaryOp::Add, Token::Minus => BinaryOp::Sub },
                |l, op, r, _: &mut _| bin(op, l, r),
            ),
            infix(
                left(11),
                choice((
                    binop(Token::Shl, BinaryOp::Shl),
                    adjacent(Token::Gt, Token::Gt).to(BinaryOp::Shr),
                )),
                |l, op, r, _: &mut _| bin(op, l, r),
            ),
            postfix(
                10,
                select! { Token::Is => true, Token::As => false }.then(ty.clone()),
                |l: Expr, (is, ty): (bool, TypeExpr), _: &mut _| {
                    let span = l.span.to(ty.span);
                    let expr = Box::new(l);
                    let kind = if is {
                        ExprKind::Is { expr, ty }
                    } else {
                        ExprKind::As { expr, ty }
                    };
                    Expr { kind, span }
                },
            ),
            infix(
                left(10),
                choice((
                    select! {
                        Token::Le => BinaryOp::Le,
                        Token::Ge => BinaryOp::Ge,
                        Token::Lt => BinaryOp::Lt,
                    },
                    // Not the first half of `>>` or `>>=`.
                    just(Token::Gt)
                        .then_ignore(choice((just(Token::Gt), just(Token::Ge))).not())
                        .to(BinaryOp::Gt),
                )),
                |l, op, r, _: &mut _| bin(op, l, r),
            ),
            infix(
                left(9),
                select! { Token::EqEq => BinaryOp::Eq, Token::NotEq => BinaryOp::Ne },
                |l, op, r, _: &mut _| bin(op, l, r),
            ),
            infix(
                left(8),
                binop(Token::Amp, BinaryOp::BitAnd),
                |l, op, r, _: &mut _| bin(op, l, r),
            ),
            infix(
                left(7),
                binop(Token::Caret, BinaryOp::BitXor),
                |l, op, r, _: &mut _| bin(op, l, r),
            ),
            infix(
                left(6),
                binop(Token::Pipe, BinaryOp::BitOr),
                |l, op, r, _: &mut _| bin(op, l, r),
            ),
            infix(
                left(5),
                binop(Token::AndAnd, BinaryOp::And),
                |l, op, r, _: &mut _| bin(op, l, r),
            ),
            infix(
                left(4),
                binop(Token::OrOr, BinaryOp::Or),
                |l, op, r, _: &mut _| bin(op, l, r),
            ),
            infix(
                right(3),
                binop(Token::QuestionQuestion, BinaryOp::Coalesce),
                |l, op, r, _: &mut _| bin(op, l, r),
            ),
        ))
        .boxed();

    let conditional = operand
        .clone()
        .then(
            just(Token::Question)
                .ignore_then(expr.clone())
                .then_ignore(just(Token::Colon))
                .then(expr.clone())
                .or_not(),
        )
        .map(|(cond, rest)| match rest {
            None => cond,
            Some((then, otherwise)) => {
                let span = cond.span.to(otherwise.span);
                Expr {
                    kind: ExprKind::Conditional {
                        cond: Box::new(cond),
                        then: Box::new(then),
                        otherwise: Box::new(otherwise),
                    },
                    span,
                }
            }
        });

    let assign_op = choice((
        just(Token::Eq).to(None),
        select! {
            Token::PlusEq => Some(BinaryOp::Add),
            Token::MinusEq => Some(BinaryOp::Sub),
            Token::StarEq => Some(BinaryOp::Mul),
            Token::SlashEq => Some(BinaryOp::Div),
            Token::PercentEq => Some(BinaryOp::Rem),
            Token::AmpEq => Some(BinaryOp::BitAnd),
            Token::PipeEq => Some(BinaryOp::BitOr),
            Token::CaretEq => Some(BinaryOp::BitXor),
            Token::ShlEq => Some(BinaryOp::Shl),
            Token::QuestionQuestionEq => Some(BinaryOp::Coalesce),
        },
        adjacent(Token::Gt, Token::Ge).to(Some(BinaryOp::Shr)),
    ));
    conditional
        .then(assign_op.then(expr).or_not())
        .map(|(target, rest)| match rest {
            None => target,
            Some((op, value)) => {
                let span = target.span.to(value.span);
                Expr {
                    kind: ExprKind::Assign {
                        op,
                        target: Box::new(target),
                        value: Box::new(value),
                    },
                    span,
                }
            }
        })
        .labelled("expression")
}
