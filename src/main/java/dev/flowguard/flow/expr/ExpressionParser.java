package dev.flowguard.flow.expr;

import dev.flowguard.flow.expr.Expression.Call;
import dev.flowguard.flow.expr.Expression.Keyword;
import dev.flowguard.flow.expr.Expression.Member;
import dev.flowguard.flow.expr.Expression.NumberLiteral;
import dev.flowguard.flow.expr.Expression.StringLiteral;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses workflow definition language strings: {@code "@expr"} (the whole string is one expression),
 * {@code "text @{expr} text"} (interpolation), {@code "@@…"} (a literal leading {@code @}) and plain text.
 * It never throws: a string it cannot parse comes back as a {@link Template} whose {@code problem} says
 * why, so rules can stay conservative.
 */
public final class ExpressionParser {

    private static final List<String> KEYWORDS = List.of("true", "false", "null");

    /** Deeper nesting than this is refused rather than risking the stack on a crafted flow. */
    private static final int MAX_DEPTH = 256;

    private final String source;
    /** false to only check the grammar: nothing is built, and every method returns null */
    private final boolean build;
    private int position;
    private int depth;

    private ExpressionParser(String source, int position, boolean build) {
        this.source = source;
        this.position = position;
        this.build = build;
    }

    /** Reads a JSON string value as the runtime would. */
    public static Template parseTemplate(String text) {
        List<Template.Part> parts = new ArrayList<>();
        String problem = walk(text, parts);
        return new Template(text, parts, problem);
    }

    /**
     * Why {@code text} cannot be parsed, or null when it can: {@code parseTemplate(text).problem()} without
     * building the template. Most flows hold no secret, and all an analysis needs of their expressions is
     * whether each one parses, and building nothing spares allocating every node of every expression.
     */
    public static String problem(String text) {
        return walk(text, null);
    }

    /**
     * The one walk of a string value: a whole-value {@code @expression}, or text with {@code @{…}} parts
     * ({@code @@} escapes an {@code @}).
     *
     * @param parts where the parts go, in order; null to only check the grammar and build nothing
     * @return why the string cannot be parsed, or null; the parts parsed before the problem are kept
     */
    private static String walk(String text, List<Template.Part> parts) {
        boolean build = parts != null;
        if (text.startsWith("@@") || text.isBlank() || text.strip().equals("@")) {
            // a lone '@' (as in contains(email, '@')) holds no expression
            if (build) {
                parts.add(new Template.Text(text.startsWith("@@") ? text.substring(1) : text));
            }
            return null;
        }
        if (text.startsWith("@") && !text.startsWith("@{")) {
            ExpressionParser parser = new ExpressionParser(text, 1, build);
            try {
                Expression expression = parser.expression();
                parser.skipWhitespace();
                if (!parser.atEnd()) {
                    throw parser.error("unexpected '" + parser.peek() + "' after the expression");
                }
                if (build) {
                    parts.add(new Template.Embedded(expression, 1));
                }
                return null;
            } catch (ParseException e) {
                return e.getMessage();
            }
        }
        return interpolated(text, parts);
    }

    /** Parses one bare expression (without the leading {@code @}). */
    public static ParsedExpression parseExpression(String text) {
        ExpressionParser parser = new ExpressionParser(text, 0, true);
        try {
            Expression expression = parser.expression();
            parser.skipWhitespace();
            if (!parser.atEnd()) {
                throw parser.error("unexpected '" + parser.peek() + "' after the expression");
            }
            return new ParsedExpression(expression, null);
        } catch (ParseException e) {
            return new ParsedExpression(null, e.getMessage());
        }
    }

    /** An expression, or why there is none. */
    public record ParsedExpression(Expression expression, String problem) {
    }

    private static String interpolated(String text, List<Template.Part> parts) {
        boolean build = parts != null;
        StringBuilder literal = build ? new StringBuilder() : null;
        int index = 0;
        while (index < text.length()) {
            int at = text.indexOf('@', index);
            if (at < 0) {
                if (build) {
                    literal.append(text, index, text.length());
                }
                break;
            }
            // the text up to the next '@' is literal as it stands
            if (build) {
                literal.append(text, index, at);
            }
            index = at;
            if (text.startsWith("@@{", index)) {
                if (build) {
                    literal.append("@{");
                }
                index += 3;
            } else if (text.startsWith("@{", index)) {
                if (build && literal.length() > 0) {
                    parts.add(new Template.Text(literal.toString()));
                    literal.setLength(0);
                }
                ExpressionParser parser = new ExpressionParser(text, index + 2, build);
                try {
                    Expression expression = parser.expression();
                    parser.skipWhitespace();
                    parser.expect('}');
                    if (build) {
                        parts.add(new Template.Embedded(expression, index + 2));
                    }
                    index = parser.position;
                } catch (ParseException e) {
                    return e.getMessage();
                }
            } else {
                if (build) {
                    literal.append('@');
                }
                index++;
            }
        }
        if (build && (literal.length() > 0 || parts.isEmpty())) {
            parts.add(new Template.Text(literal.toString()));
        }
        return null;
    }

    private Expression expression() {
        if (++depth > MAX_DEPTH) {
            throw error("nested deeper than " + MAX_DEPTH + " levels");
        }
        try {
            Expression result = primary();
            while (true) {
                skipWhitespace();
                boolean nullSafe = false;
                int mark = position;
                if (peekIs('?')) {
                    position++;
                    skipWhitespace();
                    nullSafe = true;
                }
                if (peekIs('[')) {
                    position++;
                    Expression key = expression();
                    skipWhitespace();
                    expect(']');
                    result = build ? new Member(result, key, nullSafe) : null;
                } else if (peekIs('.')) {
                    position++;
                    skipWhitespace();
                    String name = memberName();
                    result = build ? new Member(result, new StringLiteral(name), nullSafe) : null;
                } else {
                    if (nullSafe) {
                        position = mark;
                        throw error("'?' must be followed by '[' or '.'");
                    }
                    return result;
                }
            }
        } finally {
            depth--;
        }
    }

    private Expression primary() {
        skipWhitespace();
        if (atEnd()) {
            throw error("expression ends too early");
        }
        char c = peek();
        if (c == '\'') {
            String value = stringLiteral();
            return build ? new StringLiteral(value) : null;
        }
        if (Character.isDigit(c) || (c == '-' || c == '+' || c == '.') && startsNumber()) {
            String number = number();
            return build ? new NumberLiteral(number) : null;
        }
        if (isNameStart(c)) {
            int start = position;
            identifier();
            int end = position;
            skipWhitespace();
            if (peekIs('(')) {
                position++;
                String name = build ? source.substring(start, end) : null;
                List<Expression> arguments = arguments();
                return build ? new Call(name, arguments) : null;
            }
            for (String keyword : KEYWORDS) {
                if (end - start == keyword.length() && source.regionMatches(true, start, keyword, 0, keyword.length())) {
                    return build ? new Keyword(keyword) : null;
                }
            }
            throw error("'" + source.substring(start, end) + "' is neither a function call nor true/false/null");
        }
        throw error("unexpected '" + c + "'");
    }

    private List<Expression> arguments() {
        List<Expression> arguments = build ? new ArrayList<>() : null;
        skipWhitespace();
        if (peekIs(')')) {
            position++;
            return arguments;
        }
        while (true) {
            Expression argument = expression();
            if (build) {
                arguments.add(argument);
            }
            skipWhitespace();
            if (peekIs(',')) {
                position++;
            } else if (peekIs(')')) {
                position++;
                return arguments;
            } else {
                throw error(atEnd() ? "missing ')'" : "expected ',' or ')' but found '" + peek() + "'");
            }
        }
    }

    private String stringLiteral() {
        int start = position;
        int close = source.indexOf('\'', start + 1);
        // most literals hold no doubled quote: take them whole instead of a character at a time
        if (close >= 0 && (close + 1 >= source.length() || source.charAt(close + 1) != '\'')) {
            position = close + 1;
            return build ? source.substring(start + 1, close) : null;
        }
        position++;
        StringBuilder value = new StringBuilder();
        while (position < source.length()) {
            char c = source.charAt(position);
            if (c == '\'') {
                if (position + 1 < source.length() && source.charAt(position + 1) == '\'') {
                    value.append('\'');
                    position += 2;
                    continue;
                }
                position++;
                return value.toString();
            }
            value.append(c);
            position++;
        }
        position = start;
        throw error("string literal is not closed");
    }

    private boolean startsNumber() {
        int next = position + 1;
        if (peek() == '.') {
            return next < source.length() && Character.isDigit(source.charAt(next));
        }
        return next < source.length() && (Character.isDigit(source.charAt(next)) || source.charAt(next) == '.');
    }

    private String number() {
        int start = position;
        if (peek() == '-' || peek() == '+') {
            position++;
        }
        while (position < source.length() && (Character.isDigit(peek()) || peek() == '.')) {
            position++;
        }
        if (position < source.length() && (peek() == 'e' || peek() == 'E')) {
            position++;
            if (position < source.length() && (peek() == '-' || peek() == '+')) {
                position++;
            }
            while (position < source.length() && Character.isDigit(peek())) {
                position++;
            }
        }
        return build ? source.substring(start, position) : null;
    }

    /** Moves past a name; the caller takes it from the source if it needs it. */
    private void identifier() {
        while (position < source.length() && isNamePart(peek())) {
            position++;
        }
    }

    /** After a dot: property names in flows can hold characters that function names cannot. */
    private String memberName() {
        int start = position;
        while (position < source.length() && (isNamePart(peek()) || peek() == '-' || peek() == '@')) {
            position++;
        }
        if (start == position) {
            throw error("expected a property name after '.'");
        }
        return build ? source.substring(start, position) : null;
    }

    private static boolean isNameStart(char c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '$';
        }
        return Character.isLetter(c);
    }

    private static boolean isNamePart(char c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '$';
        }
        return Character.isLetterOrDigit(c);
    }

    private void expect(char expected) {
        if (!peekIs(expected)) {
            throw error(atEnd() ? "missing '" + expected + "'" : "expected '" + expected + "' but found '" + peek() + "'");
        }
        position++;
    }

    private void skipWhitespace() {
        while (position < source.length() && isSpace(source.charAt(position))) {
            position++;
        }
    }

    /** The designer lets no-break spaces into expressions and the runtime accepts them. */
    private static boolean isSpace(char c) {
        if (c > ' ' && c < 0x7f) {
            // printable ASCII, the characters expressions are made of, is never space
            return false;
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private boolean atEnd() {
        return position >= source.length();
    }

    private char peek() {
        return source.charAt(position);
    }

    private boolean peekIs(char c) {
        return position < source.length() && source.charAt(position) == c;
    }

    private ParseException error(String message) {
        return new ParseException(message + " at character " + position);
    }

    /** Internal control flow only: never leaves this class. */
    private static final class ParseException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        ParseException(String message) {
            super(message, null, false, false);
        }
    }
}
