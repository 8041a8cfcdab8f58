package dev.flowguard.knowledge;

import dev.flowguard.flow.expr.Expression;
import dev.flowguard.flow.expr.ExpressionParser;
import dev.flowguard.flow.expr.Template;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * Evaluates the expressions whose value is known before the flow runs: string functions of literals only
 * ({@code concat}, {@code base64}, {@code encodeUriComponent}, …). A credential wrapped in them is as hardcoded as
 * one written plainly, so the literal rules judge what they yield.
 */
final class ConstantExpressions {

    private ConstantExpressions() {
    }

    /** The text {@code text} yields at run time, when it reads nothing the run provides. */
    static Optional<String> value(String text) {
        return value(ExpressionParser.parseTemplate(text));
    }

    /** The text a parsed string yields at run time, when it reads nothing the run provides. */
    static Optional<String> value(Template template) {
        if (!template.parsed() || !template.hasExpressions()) {
            return Optional.empty();
        }
        StringBuilder value = new StringBuilder();
        for (Template.Part part : template.parts()) {
            if (part instanceof Template.Text literal) {
                value.append(literal.value());
            } else if (part instanceof Template.Embedded embedded) {
                String folded = fold(embedded.expression());
                if (folded == null) {
                    return Optional.empty();
                }
                value.append(folded);
            }
        }
        return Optional.of(value.toString());
    }

    /** The expression's value, or null when it depends on the run or on a function not evaluated here. */
    private static String fold(Expression expression) {
        if (expression instanceof Expression.StringLiteral literal) {
            return literal.value();
        }
        if (expression instanceof Expression.NumberLiteral number) {
            return number.text();
        }
        if (!(expression instanceof Expression.Call call)) {
            return null;
        }
        String name = call.name().toLowerCase(Locale.ROOT);
        if (name.equals("concat")) {
            StringBuilder joined = new StringBuilder();
            for (Expression argument : call.arguments()) {
                String part = fold(argument);
                if (part == null) {
                    return null;
                }
                joined.append(part);
            }
            return joined.toString();
        }
        if (call.arguments().size() != 1) {
            return null;
        }
        String argument = fold(call.arguments().get(0));
        if (argument == null) {
            return null;
        }
        try {
            return switch (name) {
                case "string", "trim" -> name.equals("trim") ? argument.strip() : argument;
                case "encodeuricomponent", "uricomponent" -> URLEncoder.encode(argument, StandardCharsets.UTF_8).replace("+", "%20");
                case "decodeuricomponent", "uricomponenttostring" -> URLDecoder.decode(argument, StandardCharsets.UTF_8);
                case "base64" -> Base64.getEncoder().encodeToString(argument.getBytes(StandardCharsets.UTF_8));
                case "base64tostring", "decodebase64" -> new String(Base64.getDecoder().decode(argument), StandardCharsets.UTF_8);
                default -> null;
            };
        } catch (IllegalArgumentException e) {
            // not base64, not percent-encoded: the runtime would fail, and there is no literal to judge
            return null;
        }
    }
}
