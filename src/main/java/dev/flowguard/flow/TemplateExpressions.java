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

    private TemplateExpressions() {
    }

    public static boolean isExpression(JsonNode value) {
        if (!value.isTextual()) {
            return false;
        }
        String text = value.asText().strip();
        return text.startsWith("[") && !text.startsWith("[[") && text.endsWith("]");
    }

    /** The parameter {@code text} reads, or null when it is not exactly {@code [parameters('x')]}. */
    static String parameterName(String text) {
        Matcher matcher = PARAMETER.matcher(text.strip());
        return matcher.matches() ? matcher.group(1) : null;
    }

    static String variableName(String text) {
        Matcher matcher = VARIABLE.matcher(text.strip());
        return matcher.matches() ? matcher.group(1) : null;
    }
}
