//! The file, namespaces, type declarations and their members.

use super::errors::custom;
use super::expr::{arg_list, expr_parser};
use super::stmt::{
    balanced_braces, block_parser, expect_closer, junk_statement, local_decl, skip_to_sync,
    stmt_parser,
};
use super::types::{ident, type_expr};
use super::{sp, Extra, GErr, TokenInput};
use crate::ast::*;
use crate::token::Token;
use chumsky::prelude::*;

fn modifiers<'a, I: TokenInput<'a>, Er: GErr<'a, I>>(
) -> impl Parser<'a, I, Modifiers, Extra<Er>> + Clone {
    select! {
        Token::Public => Modifier::Public,
        Token::Private => Modifier::Private,
        Token::Internal => Modifier::Internal,
        Token::Protected => Modifier::Protected,
        Token::Static => Modifier::Static,
        Token::Const => Modifier::Const,
        Token::Readonly => Modifier::Readonly,
        Token::Abstract => Modifier::Abstract,
        Token::Virtual => Modifier::Virtual,
        Token::Override => Modifier::Override,
        Token::Sealed => Modifier::Sealed,
        Token::Extern => Modifier::Extern,
        Token::Unsafe => Modifier::Unsafe,
        Token::New => Modifier::New,
        Token::Volatile => Modifier::Volatile,
        Token::Ident("async") => Modifier::Async,
        Token::Ident("partial") => Modifier::Partial,
    }
    .map_with(|m, e| (m, sp(e.span())))
    .repeated()
    .collect()
    .map(Modifiers)
}

fn qualified_name<'a, I: TokenInput<'a>, Er: GErr<'a, I>>(
) -> impl Parser<'a, I, Vec<Ident>, Extra<Er>> + Clone {
    ident().separated_by(just(Token::Dot)).at_least(1).collect()
}

fn using_directive<'a, I: TokenInput<'a>, Er: GErr<'a, I>>(
) -> impl Parser<'a, I, UsingDirective, Extra<Er>> + Clone {
    just(Token::Using)
        .ignore_then(just(Token::Static).or_not())
        .then(qualified_name())
        .then(just(Token::Eq).ignore_then(type_expr()).or_not())
        .then_ignore(expect_closer(Token::Semi))
        .validate(|((is_static, path), alias), e, emitter| {
            if alias.is_some() {
                emitter.emit(Er::custom(
                    e.span(),
                    custom(
                        "UA0100",
                        "`using` aliases are not supported",
                        "write the full type name where it is used",
                    ),
                ));
            }
            UsingDirective {
                path,
                is_static: is_static.is_some(),
                span: sp(e.span()),
            }
        })
}

pub(crate) fn compilation_unit<'a, I: TokenInput<'a>, Er: GErr<'a, I>>(
) -> impl Parser<'a, I, CompilationUnit, Extra<Er>> {
    let ty = type_expr().boxed();
    let mut expr = Recursive::declare();
    let mut stmt = Recursive::declare();
    let block = block_parser(stmt.clone()).boxed();
    expr.define(expr_parser(expr.clone(), block.clone(), ty.clone()));
    // Nested statements recover by skipping to the next `;`; a statement at the top level is
    // tried without recovery, so that other item forms get their turn first.
    let stmt_core = stmt_parser(stmt.clone(), block.clone(), expr.clone(), ty.clone());
    stmt.define(stmt_core.clone().recover_with(via_parser(junk_statement())));

    let body = choice((
        block.clone().map(Body::Block),
        just(Token::Arrow)
            .ignore_then(expr.clone())
            .then_ignore(expect_closer(Token::Semi))
            .map(Body::Expr),
        just(Token::Semi).map_with(|_, e| Body::None(sp(e.span()))),
    ));
    let param_modifier = select! {
        Token::Ref => ParamModifier::Ref,
        Token::Out => ParamModifier::Out,
        Token::In => ParamModifier::In,
        Token::Params => ParamModifier::Params,
        Token::This => ParamModifier::This,
    }
    .map_with(|m, e| (m, sp(e.span())));
    let param = param_modifier
        .or_not()
        .then(ty.clone())
        .then(ident())
        .then(just(Token::Eq).ignore_then(expr.clone()).or_not())
        .map_with(|(((modifier, ty), name), default), e| Param {
            modifier,
            ty,
            name,
            default,
            span: sp(e.span()),
        });
    let params = param
        .separated_by(just(Token::Comma))
        .collect::<Vec<_>>()
        .delimited_by(just(Token::LParen), expect_closer(Token::RParen));
    let type_params = ident()
        .separated_by(just(Token::Comma))
        .at_least(1)
        .collect::<Vec<_>>()
        .delimited_by(just(Token::Lt), just(Token::Gt))
        .or_not()
        .map(Option::unwrap_or_default);

    let method = ty
        .clone()
        .then(ident())
        .then(type_params.clone())
        .then(params.clone())
        .then(body.clone())
        .map(|((((return_type, name), type_params), params), body)| {
            let (modifiers, span) = (Modifiers::default(), crate::Span::default());
            {
                Member::Method(MethodDecl {
                    modifiers,
                    return_type,
                    name,
                    type_params,
                    params,
                    body,
                    span,
                })
            }
        });
    let constructor = ident()
        .then(params.clone())
        .then(
            just(Token::Colon)
                .ignore_then(
                    just(Token::Base)
                        .or(just(Token::This))
                        .map_with(|t, e| Ident {
                            name: t.text().to_string(),
                            span: sp(e.span()),
                        }),
                )
                .then(arg_list(expr.clone()))
                .or_not(),
        )
        .then(body.clone())
        .map(|(((name, params), initializer), body)| {
            let (modifiers, span) = (Modifiers::default(), crate::Span::default());
            {
                Member::Constructor(ConstructorDecl {
                    modifiers,
                    name,
                    params,
                    initializer,
                    body,
                    span,
                })
            }
        });
    let accessor_kind = select! {
        Token::Ident("get") => "get",
        Token::Ident("set") => "set",
        Token::Ident("init") => "init",
    }
    .map_with(|name: &str, e| Ident {
        name: name.to_string(),
        span: sp(e.span()),
    });
    let accessor = modifiers().then(accessor_kind).then(body.clone()).map_with(
        |((modifiers, kind), body), e| Accessor {
            kind,
            modifiers,
            body,
            span: sp(e.span()),
        },
    );
    let property = ty
        .clone()
        .then(ident())
        .then(choice((
            accessor
                .repeated()
                .collect::<Vec<_>>()
                .delimited_by(just(Token::LBrace), just(Token::RBrace))
                .then(
                    just(Token::Eq)
                        .ignore_then(expr.clone())
                        .then_ignore(expect_closer(Token::Semi))
                        .or_not(),
                )
                .map(|(accessors, init)| (accessors, None, init)),
            just(Token::Arrow)
                .ignore_then(expr.clone())
                .then_ignore(expect_closer(Token::Semi))
                .map(|e| (Vec::new(), Some(e), None)),
        )))
        .map(|((ty, name), (accessors, expr_body, init))| {
            let (modifiers, span) = (Modifiers::default(), crate::Span::default());
            {
                Member::Property(PropertyDecl {
                    modifiers,
                    ty,
                    name,
                    accessors,
                    expr_body,
                    init,
                    span,
                })
            }
        });
    let field = local_decl(expr.clone(), ty.clone())
        .then_ignore(expect_closer(Token::Semi))
        .map(|decl| {
            let (modifiers, span) = (Modifiers::default(), crate::Span::default());
            {
                Member::Field(FieldDecl {
                    modifiers,
                    ty: decl.ty,
                    declarators: decl.declarators,
                    span,
                })
            }
        });
    let unsupported_member = choice((
        just(Token::Tilde).to("destructors"),
        just(Token::Operator).to("operator overloads"),
        just(Token::Implicit).to("conversion operators"),
        just(Token::Explicit).to("conversion operators"),
        just(Token::Event).to("events"),
        just(Token::Delegate).to("delegate declarations"),
        ty.clone().then(just(Token::This)).to("indexers"),
        ty.clone()
            .then(just(Token::Operator))
            .to("operator overloads"),
    ))
    .then_ignore(skip_to_sync())
    .validate(|what, e, emitter| {
        emitter.emit(Er::custom(
            e.span(),
            custom(
                "UA0100",
                &format!("{what} are not supported"),
                "unawait's language is a subset of C#; see docs/language.md",
            ),
        ));
        Member::Error(sp(e.span()))
    });

    let mut type_decl = Recursive::declare();
    let member_core = modifiers()
        .then(choice((
            type_decl.clone().map(Member::Type).boxed(),
            // Checked before the method form: `Name(` after modifiers is a constructor.
            constructor.boxed(),
            method.boxed(),
            property.boxed(),
            field.boxed(),
        )))
        .map_with(|(mods, mut member), e| {
            set_header(&mut member, mods, sp(e.span()));
            member
        })
        .or(unsupported_member)
        .labelled("member")
        .boxed();
    let member = member_core
        .clone()
        .recover_with(via_parser(skip_to_sync().map(|s| Member::Error(sp(s)))));

    let type_kind = select! {
        Token::Class => TypeKind::Class,
        Token::Struct => TypeKind::Struct,
        Token::Interface => TypeKind::Interface,
        Token::Ident("record") => TypeKind::Record,
    };
    let members = member.repeated().collect::<Vec<_>>().then_ignore(
        just(Token::RBrace)
            .ignored()
            .recover_with(via_parser(end())),
    );
    let bases = just(Token::Colon)
        .ignore_then(ty.clone().separated_by(just(Token::Comma)).collect())
        .or_not()
        .map(Option::unwrap_or_default);
    // An enum's body is a list of names, not members: it is skipped; sema names the construct.
    let enum_decl = modifiers()
        .then(just(Token::Enum).to(TypeKind::Enum))
        .then(ident())
        .then(empty().to(Vec::new()))
        .then(bases.clone())
        .then(balanced_braces().to(Vec::new()))
        .map_with(|parts, e| make_type(parts, sp(e.span())));
    let class_like = modifiers()
        .then(type_kind)
        .then(ident())
        .then(type_params)
        .then(bases)
        .then(just(Token::LBrace).ignore_then(members))
        .map_with(|parts, e| make_type(parts, sp(e.span())));
    type_decl.define(
        choice((enum_decl, class_like))
            .then_ignore(just(Token::Semi).or_not())
            .boxed(),
    );

    let top_level_statement = stmt_core.validate(|s, e, emitter| {
        emitter.emit(Er::custom(
            e.span(),
            custom(
                "UA0100",
                "top-level statements are not supported",
                "put the code in `static void Main()` (or `static async Task Main()`) inside a class",
            ),
        ));
        Item::Error(s.span)
    });
    let mut items = Recursive::declare();
    let namespace = just(Token::Namespace)
        .ignore_then(qualified_name())
        .then(choice((
            using_directive()
                .repeated()
                .collect::<Vec<_>>()
                .then(items.clone())
                .delimited_by(
                    just(Token::LBrace),
                    just(Token::RBrace)
                        .ignored()
                        .recover_with(via_parser(end())),
                )
                .then_ignore(just(Token::Semi).or_not()),
            just(Token::Semi)
                .to_span()
                .validate(|s, _, emitter| {
                    emitter.emit(Er::custom(
                        s,
                        custom(
                            "UA0100",
                            "file-scoped namespaces (`namespace N;`) are not supported",
                            "use a block: `namespace N { ... }`",
                        ),
                    ));
                })
                .ignore_then(using_directive().repeated().collect().then(items.clone())),
        )))
        .map_with(|(name, (usings, items)), e| {
            Item::Namespace(NamespaceDecl {
                name,
                usings,
                items,
                span: sp(e.span()),
            })
        });
    let stray = any().to_span().validate(|s, _, emitter| {
        emitter.emit(Er::custom(
            s,
            custom(
                "CS1022",
                "Type or namespace definition, or end-of-file expected",
                "remove the extra token; every `}` must close a `{`",
            ),
        ));
        Item::Error(sp(s))
    });
    let item = choice((
        namespace,
        type_decl.clone().map(Item::Type),
        member_core.map(Item::Member),
        top_level_statement,
    ))
    .recover_with(via_parser(skip_to_sync().map(|s| Item::Error(sp(s)))))
    .recover_with(via_parser(stray));
    items.define(
        // Not `and_is`: it rewinds over the item and so drops the errors recovered inside it.
        just(Token::RBrace)
            .not()
            .ignore_then(item)
            .repeated()
            .collect::<Vec<_>>()
            .boxed(),
    );

    using_directive()
        .repeated()
        .collect()
        .then(items)
        .then_ignore(
            any()
                .repeated()
                .at_least(1)
                .validate(|_, e, emitter| {
                    emitter.emit(Er::custom(
                        e.span(),
                        custom(
                            "CS1022",
                            "Type or namespace definition, or end-of-file expected",
                            "remove the extra `}`: it closes nothing",
                        ),
                    ))
                })
                .or_not(),
        )
        .then_ignore(end())
        .map_with(|(usings, items), e| CompilationUnit {
            usings,
            items,
            span: sp(e.span()),
        })
}

/// Members are parsed after their modifiers; this puts the modifiers and the whole span in.
fn set_header(member: &mut Member, mods: Modifiers, span: crate::Span) {
    let (slot, s) = match member {
        Member::Field(f) => (&mut f.modifiers, &mut f.span),
        Member::Method(m) => (&mut m.modifiers, &mut m.span),
        Member::Constructor(c) => (&mut c.modifiers, &mut c.span),
        Member::Property(p) => (&mut p.modifiers, &mut p.span),
        Member::Type(t) => (&mut t.modifiers, &mut t.span),
        Member::Error(_) => return,
    };
    let mut all = mods.0;
    all.append(&mut slot.0);
    slot.0 = all;
    *s = span;
}

type TypeParts = (
    ((((Modifiers, TypeKind), Ident), Vec<Ident>), Vec<TypeExpr>),
    Vec<Member>,
);

fn make_type(parts: TypeParts, span: crate::Span) -> TypeDecl {
    let (((((modifiers, kind), name), type_params), bases), members) = parts;
    TypeDecl {
        kind,
        modifiers,
        name,
        type_params,
        bases,
        members,
        span,
    }
}
