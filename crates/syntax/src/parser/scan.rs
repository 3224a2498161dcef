//! Lookahead without building: where a type starting at a token would end, and the decisions
//! C# makes with it (C# spec §6.2.5 "Grammar ambiguities", §12.9.7 casts). Answers for the core
//! of a type and for type-argument lists are memoized by position, so nested and repeated
//! questions (`a < b < c < ...`, `((((x`) cost one pass over the tokens.

use super::{Parser, FAILED, UNKNOWN};
use crate::token::Token;

/// What a type may end with in the place it is scanned.
#[derive(Clone, Copy)]
pub(crate) struct TypeCtx {
    /// `T?`
    pub nullable: bool,
    /// `T*`
    pub pointer: bool,
}

impl TypeCtx {
    pub const FULL: TypeCtx = TypeCtx {
        nullable: true,
        pointer: true,
    };
    pub const NO_POINTER: TypeCtx = TypeCtx {
        nullable: true,
        pointer: false,
    };
}

pub(crate) fn is_predefined(t: &Token<'_>) -> bool {
    matches!(
        t,
        Token::Int
            | Token::Long
            | Token::Bool
            | Token::Double
            | Token::String
            | Token::Void
            | Token::Object
            | Token::Char
            | Token::Float
            | Token::Decimal
            | Token::Byte
            | Token::SByte
            | Token::Short
            | Token::UShort
            | Token::UInt
            | Token::ULong
    )
}

/// Tokens after a `>` that keep `<...>` a type-argument list in an expression (§6.2.5).
fn follows_type_args(t: &Token<'_>) -> bool {
    matches!(
        t,
        Token::LParen
            | Token::RParen
            | Token::RBracket
            | Token::RBrace
            | Token::Colon
            | Token::Semi
            | Token::Comma
            | Token::Dot
            | Token::Question
            | Token::QuestionDot
            | Token::EqEq
            | Token::NotEq
            | Token::Pipe
            | Token::Caret
            | Token::AndAnd
            | Token::OrOr
            | Token::Amp
            | Token::LBracket
            | Token::Eof
            | Token::HoleEnd
    )
}

/// Tokens that can start an expression.
pub(crate) fn starts_expression(t: &Token<'_>) -> bool {
    matches!(
        t,
        Token::Ident(_)
            | Token::VerbatimIdent(_)
            | Token::Integer(_)
            | Token::Real(_)
            | Token::Str(_)
            | Token::CharLit(_)
            | Token::InterpStart
            | Token::True
            | Token::False
            | Token::Null
            | Token::This
            | Token::Base
            | Token::New
            | Token::Typeof
            | Token::Sizeof
            | Token::Default
            | Token::Checked
            | Token::Unchecked
            | Token::Delegate
            | Token::Stackalloc
            | Token::Throw
            | Token::Ref
            | Token::LParen
            | Token::LBracket
            | Token::Minus
            | Token::Plus
            | Token::Bang
            | Token::Tilde
            | Token::PlusPlus
            | Token::MinusMinus
            | Token::Caret
            | Token::Amp
            | Token::Star
            | Token::DotDot
    ) || is_predefined(t)
}

impl Parser<'_, '_> {
    /// Where a type starting at token `i` ends (the index after it), if one starts there.
    pub(crate) fn scan_type(&mut self, i: usize, ctx: TypeCtx) -> Option<usize> {
        let core = self.scan_core(i)?;
        Some(self.scan_suffixes(core, ctx))
    }

    /// `?`, `*` and rank specifiers `[]`, `[,]` after a type.
    fn scan_suffixes(&mut self, mut i: usize, ctx: TypeCtx) -> usize {
        loop {
            self.work += 1;
            match self.tok_at(i) {
                Token::Question if ctx.nullable => i += 1,
                Token::Star if ctx.pointer => i += 1,
                Token::LBracket => match self.rank_specifier_end(i) {
                    Some(end) => i = end,
                    None => return i,
                },
                _ => return i,
            }
        }
    }

    /// `[` `,`* `]` starting at `i`: the index after the `]`.
    pub(crate) fn rank_specifier_end(&mut self, i: usize) -> Option<usize> {
        if !matches!(self.tok_at(i), Token::LBracket) {
            return None;
        }
        let mut j = i + 1;
        while matches!(self.tok_at(j), Token::Comma) {
            self.work += 1;
            j += 1;
        }
        matches!(self.tok_at(j), Token::RBracket).then_some(j + 1)
    }

    /// A type without its suffixes: a predefined type, a (qualified, generic) name, or a tuple
    /// type. Memoized.
    fn scan_core(&mut self, i: usize) -> Option<usize> {
        match self.type_memo.get(i).copied() {
            Some(UNKNOWN) => {}
            Some(FAILED) => return None,
            Some(end) => return Some(end as usize),
            None => return None,
        }
        if self.scan_depth >= super::MAX_NESTING {
            return None;
        }
        self.scan_depth += 1;
        let result = self.scan_core_uncached(i);
        self.scan_depth -= 1;
        self.type_memo[i] = result.map_or(FAILED, |e| e as u32);
        result
    }

    fn scan_core_uncached(&mut self, i: usize) -> Option<usize> {
        self.work += 1;
        let t = self.tok_at(i).clone();
        if is_predefined(&t) {
            return Some(i + 1);
        }
        match t {
            Token::Ident(_) | Token::VerbatimIdent(_) => {
                let mut j = i + 1;
                if matches!(self.tok_at(j), Token::ColonColon) {
                    if !self.ident_at(j + 1) {
                        return None;
                    }
                    j += 2;
                }
                loop {
                    if matches!(self.tok_at(j), Token::Lt) {
                        j = self.scan_type_args(j)?;
                    }
                    if matches!(self.tok_at(j), Token::Dot) && self.ident_at(j + 1) {
                        j += 2;
                        self.work += 2;
                    } else {
                        return Some(j);
                    }
                }
            }
            Token::LParen => {
                // A tuple type: at least two elements, each a type and an optional name.
                let mut j = i + 1;
                let mut count = 0;
                loop {
                    j = self.scan_type(j, TypeCtx::FULL)?;
                    if self.ident_at(j) {
                        j += 1;
                    }
                    count += 1;
                    match self.tok_at(j) {
                        Token::Comma => j += 1,
                        Token::RParen if count >= 2 => return Some(j + 1),
                        _ => return None,
                    }
                }
            }
            Token::Delegate if matches!(self.tok_at(i + 1), Token::Star) => {
                // `delegate*<int, void>` (and `delegate* unmanaged[Cdecl]<...>`).
                let mut j = i + 2;
                if self.nth_word_at(j, "managed") || self.nth_word_at(j, "unmanaged") {
                    j += 1;
                    if matches!(self.tok_at(j), Token::LBracket) {
                        j = self.closer_of(j)? + 1;
                    }
                }
                if matches!(self.tok_at(j), Token::Lt) {
                    self.scan_type_args(j)
                } else {
                    None
                }
            }
            _ => None,
        }
    }

    fn nth_word_at(&self, i: usize, word: &str) -> bool {
        matches!(self.tok_at(i), Token::Ident(s) if *s == word)
    }

    /// `<T, U>` starting at the `<` at `i`: the index after the `>`. Memoized.
    pub(crate) fn scan_type_args(&mut self, i: usize) -> Option<usize> {
        match self.type_args_memo.get(i).copied() {
            Some(UNKNOWN) => {}
            Some(FAILED) => return None,
            Some(end) => return Some(end as usize),
            None => return None,
        }
        if self.scan_depth >= super::MAX_NESTING {
            return None;
        }
        self.scan_depth += 1;
        let result = self.scan_type_args_uncached(i);
        self.scan_depth -= 1;
        self.type_args_memo[i] = result.map_or(FAILED, |e| e as u32);
        result
    }

    fn scan_type_args_uncached(&mut self, i: usize) -> Option<usize> {
        let mut j = i + 1;
        loop {
            self.work += 1;
            // `in`/`out` never appear in arguments; attributes neither.
            j = self.scan_type(j, TypeCtx::FULL)?;
            match self.tok_at(j) {
                Token::Comma => j += 1,
                Token::Gt => return Some(j + 1),
                _ => return None,
            }
        }
    }

    /// `<...>` at `i` is a type-argument list in an expression: it scans as one and the token
    /// after it is one §6.2.5 lists.
    pub(crate) fn is_generic_args_in_expr(&mut self, i: usize) -> bool {
        match self.scan_type_args(i) {
            Some(end) => follows_type_args(self.tok_at(end)),
            None => false,
        }
    }

    /// The parenthesis at `i` starts a lambda's parameter list: its closer is followed by `=>`.
    pub(crate) fn parens_then_arrow(&self, i: usize) -> bool {
        self.closer_of(i)
            .is_some_and(|c| matches!(self.tok_at(c + 1), Token::Arrow))
    }

    /// At token `i`, attribute sections and then a lambda (C# 10: `[A] (int x) => x`). A
    /// collection expression is never followed by a lambda, so the brackets are attributes.
    pub(crate) fn attributed_lambda_at(&mut self, mut i: usize) -> bool {
        while matches!(self.tok_at(i), Token::LBracket) {
            self.work += 1;
            match self.closer_of(i) {
                Some(c) if c < self.eof_index() => i = c + 1,
                _ => return false,
            }
        }
        self.lambda_at(i) || self.explicit_return_lambda(i)
    }

    /// At token `i` starts a lambda or an anonymous method, possibly `async` and/or `static`.
    pub(crate) fn lambda_at(&mut self, mut i: usize) -> bool {
        if self.ident_at(i) && matches!(self.tok_at(i + 1), Token::Arrow) {
            return true;
        }
        let mut modifiers = 0;
        while modifiers < 2
            && (self.nth_word_at(i, "async") || matches!(self.tok_at(i), Token::Static))
        {
            // `async` alone may be a name (`async => 1`, `async(x)`): a modifier only when a
            // lambda follows.
            i += 1;
            modifiers += 1;
        }
        match self.tok_at(i) {
            Token::Ident(_) | Token::VerbatimIdent(_) => {
                matches!(self.tok_at(i + 1), Token::Arrow)
                    || (modifiers > 0 && self.explicit_return_lambda(i))
            }
            Token::LParen => self.parens_then_arrow(i),
            Token::Delegate => {
                modifiers > 0 && matches!(self.tok_at(i + 1), Token::LParen | Token::LBrace)
            }
            t if is_predefined(t) => self.explicit_return_lambda(i),
            _ => false,
        }
    }

    /// `int (x) => ...`, `List<int> () => ...` (C# 10): a type, then a lambda's parameters.
    pub(crate) fn explicit_return_lambda(&mut self, i: usize) -> bool {
        match self.scan_type(i, TypeCtx::NO_POINTER) {
            Some(end) => matches!(self.tok_at(end), Token::LParen) && self.parens_then_arrow(end),
            None => false,
        }
    }

    /// The `(` at `i` starts a cast (§12.9.7): it holds exactly a type, and either the type
    /// cannot be an expression or what follows the `)` can only start an operand.
    pub(crate) fn is_cast(&mut self, i: usize) -> bool {
        let Some(close) = self.closer_of(i) else {
            return false;
        };
        let Some(end) = self.scan_type(i + 1, TypeCtx::FULL) else {
            return false;
        };
        if end != close {
            return false;
        }
        let next = self.tok_at(close + 1).clone();
        if self.surely_type(i + 1, end) {
            // `(int)-x`, `(int?)null`, `(List<int>)o`: anything that starts an operand.
            return starts_expression(&next) && !matches!(next, Token::LBracket);
        }
        matches!(
            next,
            Token::Tilde
                | Token::Bang
                | Token::LParen
                | Token::Ident(_)
                | Token::VerbatimIdent(_)
                | Token::Integer(_)
                | Token::Real(_)
                | Token::Str(_)
                | Token::CharLit(_)
                | Token::InterpStart
                | Token::True
                | Token::False
                | Token::Null
                | Token::This
                | Token::Base
                | Token::New
                | Token::Typeof
                | Token::Sizeof
                | Token::Default
                | Token::Checked
                | Token::Unchecked
                | Token::Delegate
                | Token::Stackalloc
        ) || is_predefined(&next)
    }

    /// The tokens `start..end` (a scanned type) cannot be read as an expression: a predefined
    /// type, type arguments, `?`, `*`, `[]` or a tuple type.
    pub(crate) fn surely_type(&mut self, start: usize, end: usize) -> bool {
        if is_predefined(self.tok_at(start)) || matches!(self.tok_at(start), Token::LParen) {
            return true;
        }
        (start..end).any(|j| {
            matches!(
                self.tok_at(j),
                Token::Lt | Token::Question | Token::Star | Token::LBracket | Token::ColonColon
            )
        })
    }

    /// At token `i` a `foreach` variable starts: `[ref [readonly]] T x in`.
    pub(crate) fn foreach_variable_at(&mut self, mut i: usize) -> bool {
        if matches!(self.tok_at(i), Token::Ref) {
            i += 1;
            if matches!(self.tok_at(i), Token::Readonly) {
                i += 1;
            }
        }
        self.scan_type(i, TypeCtx::NO_POINTER)
            .is_some_and(|end| self.ident_at(end) && matches!(self.tok_at(end + 1), Token::In))
    }

    /// At token `i` a local declaration (or a local function) starts: a type followed by a
    /// name. `kind` says which; the type of an ambiguous prefix (`a ? b : c`, `a * b`) must be
    /// followed by a name and then `=`, `;`, `,` or `in` to count.
    pub(crate) fn declaration_at(&mut self, i: usize) -> Option<DeclShape> {
        if self.in_async && self.nth_word_at(i, "await") {
            return None;
        }
        let end = self.scan_type(i, TypeCtx::FULL)?;
        if !self.ident_at(end) {
            return None;
        }
        // `await x;` outside async code is still an await (CS4032/CS4033), as C# reads it.
        if self.nth_word_at(i, "await") && end == i + 1 {
            return None;
        }
        let after = self.tok_at(end + 1).clone();
        if matches!(after, Token::LParen) {
            return Some(DeclShape::LocalFunction);
        }
        if matches!(after, Token::Lt)
            && self
                .scan_type_args(end + 1)
                .is_some_and(|e| matches!(self.tok_at(e), Token::LParen))
        {
            return Some(DeclShape::LocalFunction);
        }
        let ambiguous = (i..end).any(|j| matches!(self.tok_at(j), Token::Question | Token::Star))
            && !is_predefined(self.tok_at(i));
        if ambiguous
            && !matches!(
                after,
                Token::Eq | Token::Semi | Token::Comma | Token::In | Token::RParen
            )
        {
            return None;
        }
        Some(DeclShape::Local)
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum DeclShape {
    Local,
    LocalFunction,
}
