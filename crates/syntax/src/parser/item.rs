//! The compilation unit: using directives, attributes, namespaces (block and file-scoped),
//! top-level statements, and type declarations (`members.rs` has what goes inside them).

use super::scan::{is_predefined, DeclShape};
use super::Parser;
use crate::ast::*;
use crate::diagnostic::Diagnostic;
use crate::span::Span;
use crate::token::Token;

impl<'t, 's> Parser<'t, 's> {
    pub(crate) fn compilation_unit(&mut self, source_len: usize) -> CompilationUnit {
        let usings = self.using_directives(true);
        let mut attributes = Vec::new();
        while self.global_attribute_here() {
            attributes.extend(self.attribute_sections_once());
        }
        let mut items = Vec::new();
        while !self.at_eof() {
            if self.at(&Token::RBrace) {
                let s = self.bump();
                self.error(
                    Diagnostic::error(
                        "CS1022",
                        "Type or namespace definition, or end-of-file expected",
                        s,
                    )
                    .with_hint("remove the extra `}`: it closes nothing"),
                );
                continue;
            }
            items.push(self.item_or_skip(true));
        }
        CompilationUnit {
            usings,
            attributes,
            items,
            span: Span::new(0, source_len),
            pragmas: Default::default(),
            anonymous_objects: self.anonymous_objects,
            has_yield: self.has_yield,
            generic_local_functions: self.generic_local_functions,
        }
    }

    /// `[assembly: ...]` / `[module: ...]`
    fn global_attribute_here(&self) -> bool {
        self.at(&Token::LBracket)
            && (self.nth_is_word(1, "assembly") || self.nth_is_word(1, "module"))
            && matches!(self.nth(2), Token::Colon)
    }

    fn using_directives(&mut self, top_level: bool) -> Vec<UsingDirective> {
        let mut list = Vec::new();
        loop {
            if self.at(&Token::Extern) && self.nth_is_word(1, "alias") {
                let start = self.bump();
                self.bump();
                let name = self.expect_ident();
                self.expect(Token::Semi);
                list.push(UsingDirective {
                    path: vec![name],
                    is_static: false,
                    is_unsafe: false,
                    is_global: false,
                    alias: None,
                    is_extern_alias: true,
                    span: self.since(start),
                });
            } else if self.using_directive_here(top_level) {
                list.push(self.using_directive());
            } else {
                return list;
            }
        }
    }

    /// At the top level `using` may also start a statement (`using var x = ...;`,
    /// `using (r) ...`); a directive is `using static`, an alias, or a name and `;`.
    fn using_directive_here(&mut self, top_level: bool) -> bool {
        let at = if self.at_word("global") && matches!(self.nth(1), Token::Using) {
            self.pos + 1
        } else {
            self.pos
        };
        if !matches!(self.tok_at(at), Token::Using) {
            return false;
        }
        if !top_level {
            return true;
        }
        match self.tok_at(at + 1) {
            Token::Static | Token::Unsafe => true,
            Token::LParen => false,
            _ if self.ident_at(at + 1) && matches!(self.tok_at(at + 2), Token::Eq) => true,
            _ => {
                let mut i = at + 1;
                if !self.ident_at(i) {
                    return false;
                }
                i += 1;
                while matches!(self.tok_at(i), Token::Dot | Token::ColonColon)
                    && self.ident_at(i + 1)
                {
                    i += 2;
                }
                matches!(self.tok_at(i), Token::Semi)
            }
        }
    }

    fn using_directive(&mut self) -> UsingDirective {
        let start = self.span();
        let is_global = self.eat_word("global").is_some();
        self.bump();
        let is_static = self.eat(&Token::Static);
        let is_unsafe = self.eat(&Token::Unsafe);
        let alias = if self.at_ident() && matches!(self.nth(1), Token::Eq) {
            let name = self.ident().expect("at an identifier");
            self.bump();
            Some(name)
        } else {
            None
        };
        let target = self.parse_type();
        let path = dotted_name(&target);
        self.expect(Token::Semi);
        UsingDirective {
            path,
            is_static,
            is_unsafe,
            is_global,
            alias: alias.map(|a| (a, target)),
            is_extern_alias: false,
            span: self.since(start),
        }
    }

    /// An item; text that cannot start one is reported and skipped.
    fn item_or_skip(&mut self, top_level: bool) -> Item {
        let before = self.pos;
        let item = self.item(top_level);
        if self.pos == before {
            let start = self.span();
            self.unexpected("a type or namespace declaration");
            self.skip_to_sync();
            if self.pos == before {
                self.bump();
            }
            return Item::Error(self.since(start));
        }
        item
    }

    fn item(&mut self, top_level: bool) -> Item {
        if self.at(&Token::Namespace) {
            return self.namespace_decl(top_level);
        }
        if self.using_directive_here(false) && !self.using_statement_here() {
            let start = self.span();
            self.using_directive();
            self.error(
                Diagnostic::error(
                    "CS1529",
                    "A using clause must precede all other elements defined in the namespace except extern alias declarations",
                    self.since(start),
                )
                .with_hint("move the `using` to the top of the file or namespace"),
            );
            return Item::Error(self.since(start));
        }
        let (after, member_only) = self.skip_attributes_and_modifiers(self.pos);
        if self.type_keyword_at(after) {
            let start = self.span();
            let attributes = self.attribute_sections();
            let modifiers = self.modifiers();
            return match self.tok() {
                Token::Delegate => Item::Member(Member::Delegate(
                    self.delegate_decl(attributes, modifiers, start),
                )),
                _ => Item::Type(self.type_decl(attributes, modifiers, start)),
            };
        }
        if top_level && !member_only {
            let outer = std::mem::replace(&mut self.in_async, true);
            let s = self.statement_or_skip();
            self.in_async = outer;
            return Item::Statement(s);
        }
        Item::Member(self.member())
    }

    /// `using (` or `using var x` at the cursor (a statement, not a misplaced directive).
    fn using_statement_here(&mut self) -> bool {
        self.at(&Token::Using)
            && (matches!(self.nth(1), Token::LParen)
                || self.declaration_at(self.pos + 1) == Some(DeclShape::Local))
    }

    /// `namespace A.B { ... }` or `namespace A.B;`
    fn namespace_decl(&mut self, top_level: bool) -> Item {
        let start = self.bump();
        let mut name = vec![self.expect_ident()];
        while self.eat(&Token::Dot) {
            name.push(self.expect_ident());
        }
        if self.eat(&Token::Semi) {
            let usings = self.using_directives(false);
            let mut items = Vec::new();
            while !self.at_eof() {
                if self.at(&Token::RBrace) {
                    let s = self.bump();
                    self.error(
                        Diagnostic::error(
                            "CS1022",
                            "Type or namespace definition, or end-of-file expected",
                            s,
                        )
                        .with_hint("remove the extra `}`: it closes nothing"),
                    );
                    continue;
                }
                items.push(self.item_or_skip(false));
            }
            return Item::Namespace(NamespaceDecl {
                name,
                file_scoped: true,
                usings,
                items,
                span: self.since(start),
            });
        }
        let _ = top_level;
        if !self.eat(&Token::LBrace) {
            self.missing(&Token::LBrace);
        }
        let usings = self.using_directives(false);
        let mut items = Vec::new();
        while !matches!(self.tok(), Token::RBrace | Token::Eof) {
            items.push(self.item_or_skip(false));
        }
        if !self.eat(&Token::RBrace) {
            self.missing(&Token::RBrace);
        }
        self.eat(&Token::Semi);
        Item::Namespace(NamespaceDecl {
            name,
            file_scoped: false,
            usings,
            items,
            span: self.since(start),
        })
    }

    /// The index after the attributes and modifiers starting at `i`, and whether a modifier
    /// there only fits a member (an access modifier, `abstract`...), not a top-level statement.
    pub(crate) fn skip_attributes_and_modifiers(&mut self, mut i: usize) -> (usize, bool) {
        let mut member_only = false;
        loop {
            match self.tok_at(i) {
                Token::LBracket => match self.closer_of(i) {
                    Some(c) => i = c + 1,
                    None => return (i, member_only),
                },
                t if self.keyword_modifier_at(i).is_some() => {
                    if !matches!(
                        t,
                        Token::Static | Token::Unsafe | Token::Extern | Token::Const
                    ) {
                        member_only = true;
                    }
                    i += 1;
                }
                Token::Ident(w) if self.contextual_modifier_at(i, w).is_some() => {
                    if *w != "async" {
                        member_only = true;
                    }
                    i += 1;
                }
                _ => return (i, member_only),
            }
        }
    }

    /// A type declaration's keyword at `i`: `class`, `struct`, `interface`, `enum`, `record`
    /// (then a name, `class` or `struct`), or `delegate` (not an anonymous method).
    pub(crate) fn type_keyword_at(&self, i: usize) -> bool {
        match self.tok_at(i) {
            Token::Class | Token::Struct | Token::Interface | Token::Enum => true,
            Token::Ident("record") => {
                matches!(self.tok_at(i + 1), Token::Class | Token::Struct)
                    || (self.ident_at(i + 1)
                        && matches!(
                            self.tok_at(i + 2),
                            Token::LParen | Token::LBrace | Token::Lt | Token::Colon | Token::Semi
                        ))
            }
            Token::Delegate => !matches!(
                self.tok_at(i + 1),
                Token::LParen | Token::LBrace | Token::Star
            ),
            _ => false,
        }
    }

    /// A class, struct, interface, record or enum, after its attributes and modifiers.
    pub(crate) fn type_decl(
        &mut self,
        attributes: Vec<AttributeSection>,
        modifiers: Modifiers,
        start: Span,
    ) -> TypeDecl {
        let kind = match self.tok() {
            Token::Class => TypeKind::Class,
            Token::Struct => TypeKind::Struct,
            Token::Interface => TypeKind::Interface,
            Token::Enum => TypeKind::Enum,
            _ => {
                self.bump();
                match self.tok() {
                    Token::Struct => TypeKind::RecordStruct,
                    Token::Class => TypeKind::Record,
                    _ => {
                        return self.type_decl_rest(attributes, modifiers, start, TypeKind::Record)
                    }
                }
            }
        };
        self.bump();
        self.type_decl_rest(attributes, modifiers, start, kind)
    }

    fn type_decl_rest(
        &mut self,
        attributes: Vec<AttributeSection>,
        modifiers: Modifiers,
        start: Span,
        kind: TypeKind,
    ) -> TypeDecl {
        let name = self.expect_ident();
        let type_params = self.type_params();
        let params = self.at(&Token::LParen).then(|| self.param_list());
        let mut bases = Vec::new();
        let mut base_args = None;
        if self.eat(&Token::Colon) {
            loop {
                bases.push(self.parse_type());
                if bases.len() == 1 && self.at(&Token::LParen) {
                    base_args = Some(self.arg_list(Token::RParen));
                }
                if !self.eat(&Token::Comma) {
                    break;
                }
            }
        }
        let constraints = self.constraints();
        let mut members = Vec::new();
        let mut enum_members = Vec::new();
        if self.eat(&Token::Semi) {
            // `record R(int X);` and C# 12's `class C;` have no body.
        } else if !self.eat(&Token::LBrace) {
            self.missing(&Token::LBrace);
        } else {
            if kind == TypeKind::Enum {
                enum_members = self.enum_members();
            } else {
                while !matches!(self.tok(), Token::RBrace | Token::Eof) {
                    members.push(self.member_or_skip());
                }
            }
            if !self.eat(&Token::RBrace) {
                self.missing(&Token::RBrace);
            }
            self.eat(&Token::Semi);
        }
        TypeDecl {
            kind,
            attributes,
            modifiers,
            name,
            type_params,
            params,
            bases,
            base_args,
            constraints,
            members,
            enum_members,
            span: self.since(start),
        }
    }

    fn enum_members(&mut self) -> Vec<EnumMember> {
        let mut list = Vec::new();
        while !matches!(self.tok(), Token::RBrace | Token::Eof) {
            let before = self.pos;
            let start = self.span();
            let attributes = self.attribute_sections();
            let name = self.expect_ident();
            let value = self.eat(&Token::Eq).then(|| self.expr());
            list.push(EnumMember {
                attributes,
                name,
                value,
                span: self.since(start),
            });
            if !self.eat(&Token::Comma) {
                break;
            }
            if self.pos == before {
                break;
            }
        }
        if !matches!(self.tok(), Token::RBrace | Token::Eof) {
            self.unexpected("`,` or `}`");
            while !matches!(self.tok(), Token::RBrace | Token::Eof) {
                if matches!(self.tok(), Token::LBrace | Token::LParen | Token::LBracket) {
                    self.skip_group();
                } else {
                    self.bump();
                }
            }
        }
        list
    }

    /// `delegate R Name<T>(params) where ...;`, at `delegate`.
    pub(crate) fn delegate_decl(
        &mut self,
        attributes: Vec<AttributeSection>,
        modifiers: Modifiers,
        start: Span,
    ) -> DelegateDecl {
        self.bump();
        let return_type = self.parse_ref_type();
        let name = self.expect_ident();
        let type_params = self.type_params();
        let params = self.param_list();
        let constraints = self.constraints();
        self.expect(Token::Semi);
        DelegateDecl {
            attributes,
            modifiers,
            return_type,
            name,
            type_params,
            params,
            constraints,
            span: self.since(start),
        }
    }

    /// `[A, B(1)] [return: C]`: every attribute section at the cursor.
    pub(crate) fn attribute_sections(&mut self) -> Vec<AttributeSection> {
        let mut list = Vec::new();
        while self.at(&Token::LBracket) {
            list.extend(self.attribute_sections_once());
        }
        list
    }

    fn attribute_sections_once(&mut self) -> Option<AttributeSection> {
        let start = self.bump();
        let target = if matches!(self.nth(1), Token::Colon)
            && (self.at_ident() || matches!(self.tok(), Token::Return | Token::Event))
        {
            let t = match self.tok() {
                Token::Return => Ident {
                    name: "return".into(),
                    span: self.span(),
                },
                Token::Event => Ident {
                    name: "event".into(),
                    span: self.span(),
                },
                _ => self.ident().expect("at an identifier"),
            };
            if matches!(self.tok(), Token::Return | Token::Event) {
                self.bump();
            }
            self.bump();
            Some(t)
        } else {
            None
        };
        let mut attributes = Vec::new();
        while !matches!(self.tok(), Token::RBracket | Token::Eof) {
            let before = self.pos;
            let a_start = self.span();
            let name = self.parse_type_ctx(super::scan::TypeCtx {
                nullable: false,
                pointer: false,
            });
            let args = if self.at(&Token::LParen) {
                self.arg_list(Token::RParen)
            } else {
                Vec::new()
            };
            attributes.push(Attribute {
                name,
                args,
                span: self.since(a_start),
            });
            if !self.eat(&Token::Comma) || self.pos == before {
                break;
            }
        }
        self.expect(Token::RBracket);
        Some(AttributeSection {
            target,
            attributes,
            span: self.since(start),
        })
    }

    /// `<T, in U, [A] out V>` of a declaration, or nothing.
    pub(crate) fn type_params(&mut self) -> Vec<TypeParam> {
        let mut list = Vec::new();
        if !self.eat(&Token::Lt) {
            return list;
        }
        loop {
            let attributes = self.attribute_sections();
            let variance = match self.tok() {
                Token::In => Some((Variance::In, self.bump())),
                Token::Out => Some((Variance::Out, self.bump())),
                _ => None,
            };
            let name = self.expect_ident();
            list.push(TypeParam {
                attributes,
                variance,
                name,
            });
            if !self.eat(&Token::Comma) {
                break;
            }
        }
        self.expect(Token::Gt);
        list
    }

    /// `where T : class, new() where U : struct`
    pub(crate) fn constraints(&mut self) -> Vec<Constraint> {
        let mut list = Vec::new();
        while self.at_word("where") && self.ident_at(self.pos + 1) {
            let start = self.bump();
            let param = self.expect_ident();
            self.expect(Token::Colon);
            let mut bounds = Vec::new();
            loop {
                let b_start = self.span();
                let bound = match self.tok() {
                    Token::Class => {
                        self.bump();
                        self.eat(&Token::Question);
                        ConstraintBound::Class
                    }
                    Token::Struct => {
                        self.bump();
                        ConstraintBound::Struct
                    }
                    Token::New if matches!(self.nth(1), Token::LParen) => {
                        self.bump();
                        self.bump();
                        self.expect(Token::RParen);
                        ConstraintBound::New
                    }
                    Token::Default => {
                        self.bump();
                        ConstraintBound::Default
                    }
                    Token::Ident("unmanaged") if !matches!(self.nth(1), Token::Dot | Token::Lt) => {
                        self.bump();
                        ConstraintBound::Unmanaged
                    }
                    Token::Ident("notnull") if !matches!(self.nth(1), Token::Dot | Token::Lt) => {
                        self.bump();
                        ConstraintBound::NotNull
                    }
                    _ => ConstraintBound::Type(self.parse_type()),
                };
                bounds.push((bound, self.since(b_start)));
                if !self.eat(&Token::Comma) {
                    break;
                }
            }
            list.push(Constraint {
                param,
                bounds,
                span: self.since(start),
            });
        }
        list
    }

    /// Modifiers at the cursor: keywords and the contextual `async`, `partial`, `required`,
    /// `file`, `scoped` where a declaration follows them.
    pub(crate) fn modifiers(&mut self) -> Modifiers {
        let mut list = Vec::new();
        loop {
            let m = match self.tok() {
                Token::Ident(w) => self.contextual_modifier_at(self.pos, w),
                _ => self.keyword_modifier_at(self.pos),
            };
            match m {
                Some(m) => list.push((m, self.bump())),
                None => return Modifiers(list),
            }
        }
    }

    /// The keyword at `i` is a modifier here: `new` before a declaration (not `new T()`),
    /// `fixed` and `unsafe` not starting their statements.
    fn keyword_modifier_at(&mut self, i: usize) -> Option<Modifier> {
        // `ref struct S`: elsewhere `ref` belongs to a return type (`ref int F()`).
        if matches!(self.tok_at(i), Token::Ref) {
            let next = self.tok_at(i + 1);
            let ok = matches!(next, Token::Struct) || matches!(next, Token::Ident("partial"));
            return ok.then_some(Modifier::Ref);
        }
        let m = modifier_keyword(self.tok_at(i))?;
        let next = self.tok_at(i + 1).clone();
        let ok = match m {
            Modifier::New => {
                modifier_keyword(&next).is_some()
                    || matches!(
                        next,
                        Token::Class
                            | Token::Struct
                            | Token::Interface
                            | Token::Enum
                            | Token::Delegate
                            | Token::Event
                            | Token::Void
                    )
                    || matches!(next, Token::Ident(w) if self.contextual_modifier_at(i + 1, w).is_some())
                    || self
                        .scan_type(i + 1, super::scan::TypeCtx::FULL)
                        .is_some_and(|end| {
                            self.ident_at(end)
                                || matches!(self.tok_at(end), Token::This | Token::Operator)
                        })
            }
            Modifier::Fixed => !matches!(next, Token::LParen),
            Modifier::Unsafe => !matches!(next, Token::LBrace),
            _ => true,
        };
        ok.then_some(m)
    }

    /// The contextual word `w` at `i` is a modifier: what follows it continues a declaration.
    pub(crate) fn contextual_modifier_at(&self, i: usize, w: &str) -> Option<Modifier> {
        let m = match w {
            "async" => Modifier::Async,
            "partial" => Modifier::Partial,
            "required" => Modifier::Required,
            "file" => Modifier::File,
            "scoped" => Modifier::Scoped,
            _ => return None,
        };
        let next = self.tok_at(i + 1);
        let continues = match next {
            Token::Ident(n) => {
                // `async Task F()`, `partial class`, `async partial`: a type or another
                // modifier follows; `async x;` (a field of type `async`) is not covered.
                !matches!(self.tok_at(i + 2), Token::Semi | Token::Eq | Token::Comma)
                    || self.contextual_modifier_at(i + 1, n).is_some()
            }
            Token::VerbatimIdent(_) | Token::LParen | Token::Ref | Token::Void => true,
            t => {
                is_predefined(t)
                    || modifier_keyword(t).is_some()
                    || matches!(
                        t,
                        Token::Class
                            | Token::Struct
                            | Token::Interface
                            | Token::Enum
                            | Token::Delegate
                            | Token::Event
                    )
            }
        };
        continues.then_some(m)
    }
}

pub(crate) fn modifier_keyword(t: &Token<'_>) -> Option<Modifier> {
    Some(match t {
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
        Token::Fixed => Modifier::Fixed,
        _ => return None,
    })
}

/// `System.Threading` as identifiers, when the type is a plain dotted name.
fn dotted_name(t: &TypeExpr) -> Vec<Ident> {
    match &t.kind {
        TypeExprKind::Named(segs) if segs.iter().all(|s| s.args.is_empty()) => {
            segs.iter().map(|s| s.name.clone()).collect()
        }
        TypeExprKind::AliasQualified { rest, .. } if rest.iter().all(|s| s.args.is_empty()) => {
            rest.iter().map(|s| s.name.clone()).collect()
        }
        _ => Vec::new(),
    }
}
