//! Members of types: fields, methods, constructors, destructors, properties, indexers, events,
//! operators, conversions, nested types and delegates; parameters and bodies (shared with local
//! functions).

use super::Parser;
use crate::ast::*;
use crate::diagnostic::Diagnostic;
use crate::span::Span;
use crate::token::Token;

impl<'t, 's> Parser<'t, 's> {
    /// A member; text that cannot start one is reported (CS1519) and skipped.
    pub(crate) fn member_or_skip(&mut self) -> Member {
        let before = self.pos;
        let m = self.member();
        if self.pos == before {
            let start = self.span();
            let found = self.tok().to_string();
            self.error(
                Diagnostic::error(
                    "CS1519",
                    format!("Invalid token {found} in a member declaration"),
                    start,
                )
                .with_hint(
                    "a class contains fields, methods, properties, constructors and nested types",
                ),
            );
            self.skip_to_sync();
            if self.pos == before {
                self.bump();
            }
            return Member::Error(self.since(start));
        }
        m
    }

    pub(crate) fn member(&mut self) -> Member {
        let start = self.span();
        let attributes = self.attribute_sections();
        let modifiers = self.modifiers();
        if self.type_keyword_at(self.pos) {
            if self.at(&Token::Delegate) {
                return Member::Delegate(self.delegate_decl(attributes, modifiers, start));
            }
            return Member::Type(self.type_decl(attributes, modifiers, start));
        }
        match self.tok() {
            Token::Event => return self.event_decl(attributes, modifiers, start),
            Token::Tilde => {
                self.bump();
                let name = self.expect_ident();
                self.expect(Token::LParen);
                self.expect(Token::RParen);
                let body = self.body(false);
                return Member::Destructor(DestructorDecl {
                    attributes,
                    modifiers,
                    name,
                    body,
                    span: self.since(start),
                });
            }
            Token::Implicit | Token::Explicit => {
                let implicit = self.at(&Token::Implicit);
                let name_start = self.bump();
                self.expect(Token::Operator);
                let is_checked = self.eat(&Token::Checked);
                let return_type = self.parse_type();
                let name_span = self.since(name_start);
                return self.operator_rest(
                    attributes,
                    modifiers,
                    start,
                    OperatorKind::Conversion { implicit },
                    return_type,
                    is_checked,
                    name_span,
                );
            }
            Token::Ident(_) | Token::VerbatimIdent(_) if matches!(self.nth(1), Token::LParen) => {
                return self.constructor(attributes, modifiers, start);
            }
            _ => {}
        }
        if !self.at_type_start() && !self.at(&Token::Ref) && !self.at(&Token::Delegate) {
            if attributes.is_empty() && modifiers.0.is_empty() {
                return Member::Error(Span::new(start.start as usize, start.start as usize));
            }
            // Modifiers with nothing after them.
            self.unexpected("a member declaration");
            return Member::Error(self.since(start));
        }
        let ty = self.parse_ref_type();
        if self.at(&Token::Operator) {
            let name_start = self.bump();
            let is_checked = self.eat(&Token::Checked);
            let op = self.operator_token();
            let name_span = self.since(name_start);
            return self.operator_rest(
                attributes,
                modifiers,
                start,
                OperatorKind::Op(op),
                ty,
                is_checked,
                name_span,
            );
        }
        if self.at(&Token::This) {
            return self.indexer(attributes, modifiers, start, ty, None);
        }
        // `Name`, `IFace.Name`, `IFace<T>.Name<U>` or `IFace.this`.
        let mut segs = vec![self.name_segment()];
        while self.at(&Token::Dot) {
            self.bump();
            if self.at(&Token::This) {
                let iface = segments_type(segs);
                return self.indexer(attributes, modifiers, start, ty, Some(iface));
            }
            segs.push(self.name_segment());
        }
        let last = segs.pop().expect("one segment at least");
        let explicit_interface = (!segs.is_empty()).then(|| segments_type(segs));
        match self.tok() {
            Token::LParen | Token::Lt => {
                let type_params = last.args.iter().filter_map(type_param_of).collect();
                self.method_rest(
                    attributes,
                    modifiers,
                    start,
                    ty,
                    explicit_interface,
                    last.name,
                    type_params,
                )
            }
            Token::LBrace | Token::Arrow => self.property(
                attributes,
                modifiers,
                start,
                ty,
                explicit_interface,
                last.name,
            ),
            _ => {
                let declarators = self.declarators_after_first(last.name, &ty);
                self.expect(Token::Semi);
                Member::Field(FieldDecl {
                    attributes,
                    modifiers,
                    ty,
                    declarators,
                    span: self.since(start),
                })
            }
        }
    }

    /// A name and, in a member's name, its type arguments (`IList<T>.Add`, `M<T>`).
    fn name_segment(&mut self) -> TypeSegment {
        let name = self.expect_ident();
        let args = if self.at(&Token::Lt) {
            self.parse_type_args()
        } else {
            Vec::new()
        };
        TypeSegment { name, args }
    }

    /// The declarators of a field whose first name was already read.
    fn declarators_after_first(&mut self, first: Ident, ty: &TypeExpr) -> Vec<VarDeclarator> {
        let start = first.span;
        let mut brackets = Vec::new();
        if self.at(&Token::LBracket) {
            brackets = self
                .arg_list(Token::RBracket)
                .into_iter()
                .map(|a| a.value)
                .collect();
        }
        let init = self.eat(&Token::Eq).then(|| self.field_init(ty));
        let mut list = vec![VarDeclarator {
            name: first,
            brackets,
            init,
            span: self.since(start),
        }];
        if self.eat(&Token::Comma) {
            list.extend(self.declarators(ty));
        }
        list
    }

    /// A field's initializer: `{ 1, 2 }` for an array type, or an expression.
    fn field_init(&mut self, ty: &TypeExpr) -> Expr {
        if self.at(&Token::LBrace) {
            // Reuse the declaration rule: a bare initializer takes the array type.
            let mut d = self.declarators_from_brace(ty);
            return d.pop().expect("one initializer");
        }
        self.expr()
    }

    fn declarators_from_brace(&mut self, ty: &TypeExpr) -> Vec<Expr> {
        let start = self.span();
        let init = self.initializer();
        let span = self.since(start);
        let e = match &ty.kind {
            TypeExprKind::Array { element, rank } => Expr {
                kind: ExprKind::NewArray {
                    element: Some((**element).clone()),
                    rank: *rank,
                    sizes: Vec::new(),
                    init: Some(init),
                },
                span,
            },
            TypeExprKind::Error => Expr {
                kind: ExprKind::Error,
                span,
            },
            _ => {
                self.diags.push(
                    Diagnostic::error(
                        "CS0622",
                        "Can only use array initializer expressions to assign to array types. Try using a new expression instead.",
                        span,
                    )
                    .with_hint("write `new int[] { ... }`, or declare the field with an array type"),
                );
                Expr {
                    kind: ExprKind::Error,
                    span,
                }
            }
        };
        vec![e]
    }

    /// A method or local function: return type, name, type parameters, parameters,
    /// constraints and body, after its attributes and modifiers.
    pub(crate) fn method_after_header(
        &mut self,
        attributes: Vec<AttributeSection>,
        modifiers: Modifiers,
    ) -> MethodDecl {
        let start = attributes
            .first()
            .map(|a| a.span)
            .or_else(|| modifiers.0.first().map(|m| m.1))
            .unwrap_or_else(|| self.span());
        let return_type = self.parse_ref_type();
        let name = self.expect_ident();
        let type_params = self.type_params();
        match self.method_rest(
            attributes,
            modifiers,
            start,
            return_type,
            None,
            name,
            type_params,
        ) {
            Member::Method(m) => m,
            _ => unreachable!("method_rest builds a method"),
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn method_rest(
        &mut self,
        attributes: Vec<AttributeSection>,
        modifiers: Modifiers,
        start: Span,
        return_type: TypeExpr,
        explicit_interface: Option<TypeExpr>,
        name: Ident,
        mut type_params: Vec<TypeParam>,
    ) -> Member {
        if self.at(&Token::Lt) {
            type_params = self.type_params();
        }
        let params = self.param_list();
        let constraints = self.constraints();
        let body = self.body(modifiers.has(Modifier::Async));
        Member::Method(MethodDecl {
            attributes,
            modifiers,
            return_type,
            explicit_interface,
            name,
            type_params,
            params,
            constraints,
            body,
            span: self.since(start),
        })
    }

    fn constructor(
        &mut self,
        attributes: Vec<AttributeSection>,
        modifiers: Modifiers,
        start: Span,
    ) -> Member {
        let name = self.ident().expect("at an identifier");
        let params = self.param_list();
        let initializer = if self.eat(&Token::Colon) {
            let which = match self.tok() {
                Token::Base | Token::This => {
                    let text = self.tok().text();
                    let span = self.bump();
                    Some(Ident {
                        name: text.to_string(),
                        span,
                    })
                }
                _ => {
                    self.unexpected("`base` or `this`");
                    None
                }
            };
            match which {
                Some(w) if self.at(&Token::LParen) => Some((w, self.arg_list(Token::RParen))),
                Some(w) => {
                    self.missing(&Token::LParen);
                    Some((w, Vec::new()))
                }
                None => None,
            }
        } else {
            None
        };
        let body = self.body(false);
        Member::Constructor(ConstructorDecl {
            attributes,
            modifiers,
            name,
            params,
            initializer,
            body,
            span: self.since(start),
        })
    }

    fn property(
        &mut self,
        attributes: Vec<AttributeSection>,
        modifiers: Modifiers,
        start: Span,
        ty: TypeExpr,
        explicit_interface: Option<TypeExpr>,
        name: Ident,
    ) -> Member {
        let (accessors, expr_body) = self.accessors_or_arrow();
        let init = if expr_body.is_none() && self.eat(&Token::Eq) {
            let e = self.expr();
            self.expect(Token::Semi);
            Some(e)
        } else {
            None
        };
        Member::Property(PropertyDecl {
            attributes,
            modifiers,
            ty,
            explicit_interface,
            name,
            accessors,
            expr_body,
            init,
            span: self.since(start),
        })
    }

    fn indexer(
        &mut self,
        attributes: Vec<AttributeSection>,
        modifiers: Modifiers,
        start: Span,
        ty: TypeExpr,
        explicit_interface: Option<TypeExpr>,
    ) -> Member {
        self.bump();
        let params = if self.at(&Token::LBracket) {
            self.params_between(Token::RBracket)
        } else {
            self.missing(&Token::LBracket);
            Vec::new()
        };
        let (accessors, expr_body) = self.accessors_or_arrow();
        Member::Indexer(IndexerDecl {
            attributes,
            modifiers,
            ty,
            explicit_interface,
            params,
            accessors,
            expr_body,
            span: self.since(start),
        })
    }

    /// `{ get; set; }` or `=> expr;` after a property's or indexer's name.
    fn accessors_or_arrow(&mut self) -> (Vec<Accessor>, Option<Expr>) {
        if self.eat(&Token::Arrow) {
            let e = self.expr();
            self.expect(Token::Semi);
            return (Vec::new(), Some(e));
        }
        (self.accessor_list(), None)
    }

    /// `{ [attrs] [modifiers] get|set|init|add|remove body ... }`
    fn accessor_list(&mut self) -> Vec<Accessor> {
        let mut list = Vec::new();
        if !self.eat(&Token::LBrace) {
            self.missing(&Token::LBrace);
            return list;
        }
        while !matches!(self.tok(), Token::RBrace | Token::Eof) {
            let start = self.span();
            let attributes = self.attribute_sections();
            let modifiers = self.modifiers();
            let kind = match self.tok() {
                Token::Ident(w @ ("get" | "set" | "init" | "add" | "remove")) => {
                    let name = w.to_string();
                    Ident {
                        name,
                        span: self.bump(),
                    }
                }
                _ => {
                    self.error(
                        Diagnostic::error("CS1014", "A get or set accessor expected", self.span())
                            .with_hint("a property's body lists `get` and `set` accessors"),
                    );
                    self.skip_to_sync();
                    continue;
                }
            };
            let body = self.body(false);
            list.push(Accessor {
                attributes,
                kind,
                modifiers,
                body,
                span: self.since(start),
            });
        }
        self.expect(Token::RBrace);
        list
    }

    fn event_decl(
        &mut self,
        attributes: Vec<AttributeSection>,
        modifiers: Modifiers,
        start: Span,
    ) -> Member {
        self.bump();
        let ty = self.parse_type();
        let mut segs = vec![self.name_segment()];
        while self.eat(&Token::Dot) {
            segs.push(self.name_segment());
        }
        let last = segs.pop().expect("one segment at least");
        let explicit_interface = (!segs.is_empty()).then(|| segments_type(segs));
        if self.at(&Token::LBrace) {
            let accessors = self.accessor_list();
            return Member::Event(EventDecl {
                attributes,
                modifiers,
                ty,
                explicit_interface,
                declarators: vec![VarDeclarator {
                    span: last.name.span,
                    name: last.name,
                    brackets: Vec::new(),
                    init: None,
                }],
                accessors,
                span: self.since(start),
            });
        }
        let declarators = self.declarators_after_first(last.name, &ty);
        self.expect(Token::Semi);
        Member::Event(EventDecl {
            attributes,
            modifiers,
            ty,
            explicit_interface,
            declarators,
            accessors: Vec::new(),
            span: self.since(start),
        })
    }

    /// The operator after `operator`: `+`, `==`, `>>`, `>>>`, `true`...
    fn operator_token(&mut self) -> String {
        let t = self.tok().clone();
        let text = match t {
            Token::True => "true",
            Token::False => "false",
            Token::Gt => {
                // `>>` and `>>>` are adjacent `>` tokens.
                let mut text = String::from(">");
                self.bump();
                while matches!(self.tok(), Token::Gt) && self.prev_span().end == self.span().start {
                    text.push('>');
                    self.bump();
                }
                return text;
            }
            Token::Plus
            | Token::Minus
            | Token::Bang
            | Token::Tilde
            | Token::PlusPlus
            | Token::MinusMinus
            | Token::Star
            | Token::Slash
            | Token::Percent
            | Token::Amp
            | Token::Pipe
            | Token::Caret
            | Token::Shl
            | Token::EqEq
            | Token::NotEq
            | Token::Lt
            | Token::Le
            | Token::Ge => t.text(),
            _ => {
                self.error(
                    Diagnostic::error("CS1037", "Overloadable operator expected", self.span())
                        .with_hint("write the operator after `operator`, e.g. `operator +`"),
                );
                return String::new();
            }
        };
        self.bump();
        text.to_string()
    }

    #[allow(clippy::too_many_arguments)]
    fn operator_rest(
        &mut self,
        attributes: Vec<AttributeSection>,
        modifiers: Modifiers,
        start: Span,
        kind: OperatorKind,
        return_type: TypeExpr,
        is_checked: bool,
        name_span: Span,
    ) -> Member {
        let params = self.param_list();
        let body = self.body(false);
        Member::Operator(OperatorDecl {
            attributes,
            modifiers,
            kind,
            return_type,
            is_checked,
            params,
            body,
            name_span,
            span: self.since(start),
        })
    }

    /// `(params)` of a method, constructor, delegate or record.
    pub(crate) fn param_list(&mut self) -> Vec<Param> {
        if !self.at(&Token::LParen) {
            self.missing(&Token::LParen);
            return Vec::new();
        }
        self.params_between(Token::RParen)
    }

    /// Parameters between the opening bracket at the cursor and `close`.
    fn params_between(&mut self, close: Token<'static>) -> Vec<Param> {
        self.bump();
        let mut params = Vec::new();
        if self.eat(&close) {
            return params;
        }
        loop {
            let before = self.pos;
            params.push(self.param());
            if !self.eat(&Token::Comma) || self.pos == before {
                break;
            }
        }
        self.expect(close);
        params
    }

    fn param(&mut self) -> Param {
        let start = self.span();
        let attributes = self.attribute_sections();
        let modifier = self.param_modifier();
        if self.at_word("__arglist") {
            let span = self.bump();
            return Param {
                attributes,
                modifier,
                ty: TypeExpr {
                    kind: TypeExprKind::Error,
                    span,
                },
                name: Ident {
                    name: "__arglist".into(),
                    span,
                },
                default: None,
                span,
            };
        }
        let ty = self.parse_type();
        let name = self.expect_ident();
        let default = self.eat(&Token::Eq).then(|| self.expr());
        Param {
            attributes,
            modifier,
            ty,
            name,
            default,
            span: self.since(start),
        }
    }

    /// `ref`, `out`, `in`, `params`, `this`, `ref readonly`, `scoped ref`: a parameter's
    /// modifiers (the first one names them; C# allows few combinations).
    pub(crate) fn param_modifier(&mut self) -> Option<(ParamModifier, Span)> {
        let mut found: Option<(ParamModifier, Span)> = None;
        loop {
            let m = match self.tok() {
                Token::Ref if matches!(self.nth(1), Token::Readonly) => {
                    let s = self.bump();
                    let e = self.bump();
                    found.get_or_insert((ParamModifier::RefReadonly, s.to(e)));
                    continue;
                }
                Token::Ref => ParamModifier::Ref,
                Token::Out => ParamModifier::Out,
                Token::In => ParamModifier::In,
                Token::Params => ParamModifier::Params,
                Token::This => ParamModifier::This,
                Token::Ident("scoped")
                    if !matches!(self.nth(1), Token::Comma | Token::RParen | Token::Eq)
                        && (self.ident_at(self.pos + 1)
                            || matches!(self.nth(1), Token::Ref | Token::In | Token::Out)
                            || super::scan::is_predefined(self.nth(1))) =>
                {
                    ParamModifier::Scoped
                }
                _ => return found,
            };
            let s = self.bump();
            found.get_or_insert((m, s));
        }
    }

    /// A member's body: a block, `=> expr;` or `;`. `is_async` makes `await` the operator in it.
    pub(crate) fn body(&mut self, is_async: bool) -> Body {
        let outer = std::mem::replace(&mut self.in_async, is_async);
        let body = match self.tok() {
            Token::LBrace => Body::Block(self.block()),
            Token::Arrow => {
                self.bump();
                let e = self.expr();
                self.expect(Token::Semi);
                Body::Expr(e)
            }
            Token::Semi => Body::None(self.bump()),
            _ => {
                self.missing(&Token::LBrace);
                Body::None(Span::new(
                    self.prev_span().end as usize,
                    self.prev_span().end as usize,
                ))
            }
        };
        self.in_async = outer;
        body
    }
}

/// The dotted segments before a member's name, as the type of an explicit implementation.
fn segments_type(segs: Vec<TypeSegment>) -> TypeExpr {
    let first = segs.first().map_or(Span::default(), |s| s.name.span);
    let last = segs.last().map_or(first, |s| s.name.span);
    TypeExpr {
        kind: TypeExprKind::Named(segs),
        span: first.to(last),
    }
}

/// A method's type parameter, written as the type arguments of its name (`M<T>`).
fn type_param_of(t: &TypeExpr) -> Option<TypeParam> {
    let TypeExprKind::Named(segs) = &t.kind else {
        return None;
    };
    match segs.as_slice() {
        [s] if s.args.is_empty() => Some(TypeParam {
            attributes: Vec::new(),
            variance: None,
            name: s.name.clone(),
        }),
        _ => None,
    }
}
