package dev.flowguard.flow;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The little of ARM template expressions flowguard needs: whether a value is one ({@code [ … ]}, not the
 * escaped {@code [[}), and the name in a plain {@code [parameters('x')]} or {@code [variables('x')]}.
 */
public final class TemplateExpressions {

    private static final Pattern PARAMETER = Pattern.compile("^\\[\\s*parameters\\(\\s*'([^']+)'\\s*\\)\\s*]$");
    private static final Pattern VARIABLE = Pattern.compile("^\\[\\s*variables\\(\\s*'([^']+)'\\s*\\)\\s*]$");
    private static final Pattern ANY_PARAMETER = Pattern.compile("\\bparameters\\(\\s*'([^']+)'\\s*\\)");

    private TemplateExpressions() {
    }

    public static boolean isExpression(JsonNode value) {
        return value.isTextual() && isArmExpression(value.asText().strip());
    }

    /**
     * {@code [concat('…')]}, {@code [parameters('x')]}: the deployment evaluates it ({@code [[} escapes a literal
     * bracket) and writes what it yields, so it is neither a literal nor the workflow's own expression.
     */
    public static boolean isArmExpression(String text) {
        int last = text.length() - 1;
        return text.length() > 2 && text.charAt(0) == '[' && text.charAt(1) != '[' && text.charAt(last) == ']'
                && isArmFunctionStart(text);
    }

    /** What follows the bracket is a function name: {@code [parameters(}, not a JSON array {@code ["a"]}. */
    private static boolean isArmFunctionStart(String text) {
        int at = 1;
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        int start = at;
        while (at < text.length() && Character.isLetter(text.charAt(at))) {
            at++;
        }
        return at > start && at < text.length() && text.charAt(at) == '(';
    }

    /** The parameter {@code text} reads, or null when it is not exactly {@code [parameters('x')]}. */
    static String parameterName(String text) {
        Matcher matcher = PARAMETER.matcher(text.strip());
        return matcher.matches() ? matcher.group(1) : null;
    }

    /**
     * Every parameter an ARM expression reads, in order: {@code [concat('Bearer ', parameters('token'))]} reads
     * {@code token}; none when {@code text} is not an ARM expression.
     */
    static java.util.List<String> parameterNames(String text) {
        String stripped = text.strip();
        if (!isArmExpression(stripped)) {
            return java.util.List.of();
        }
        java.util.List<String> names = new java.util.ArrayList<>();
        Matcher matcher = ANY_PARAMETER.matcher(stripped);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    static String variableName(String text) {
        Matcher matcher = VARIABLE.matcher(text.strip());
        return matcher.matches() ? matcher.group(1) : null;
    }
}
