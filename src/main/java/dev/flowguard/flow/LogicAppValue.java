package dev.flowguard.flow;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A literal a logic app is deployed with, outside its definition: an ARM template parameter's default that feeds a
 * workflow parameter, a value written into {@code properties.parameters}, or a {@code Microsoft.Web/connections}
 * parameter value. What the FG1xx and FG2xx rules check beside the definition.
 *
 * @param names the keys that say what the value is ({@code clientSecret}, {@code password} …): the template
 *     parameter's and the workflow parameter's names, or the connection parameter's key
 * @param what how messages name the place, in the platform's terms
 * @param secureType whether a {@code securestring}/{@code secureobject} parameter carries it
 */
public record LogicAppValue(List<String> names, String what, String value, String jsonPointer, boolean secureType) {

    public LogicAppValue {
        names = List.copyOf(names);
    }

    /** Every literal string {@code flow}'s logic app is deployed with; none for a Power Automate flow. */
    public static List<LogicAppValue> of(Flow flow) {
        LogicApp app = flow.logicApp();
        if (app == null) {
            return List.of();
        }
        List<LogicAppValue> values = new ArrayList<>();
        for (LogicApp.WorkflowParameterValue parameter : app.parameterValues()) {
            JsonNode literal = parameter.literal();
            if (literal == null || !literal.isTextual()) {
                continue;
            }
            LogicApp.TemplateParameter template = parameter.templateParameter();
            boolean secure = template != null && template.isSecureType()
                    || flow.parameter(parameter.name()).map(FlowParameter::isSecureType).orElse(false);
            String what = template != null
                    ? "ARM template parameter '" + template.name() + "' (" + typeOf(template) + ") has a default value that "
                            + "feeds workflow parameter '" + parameter.name() + "' of logic app '" + app.name() + "'"
                    : "Logic app '" + app.name() + "' gives workflow parameter '" + parameter.name()
                            + "' a value in properties.parameters";
            List<String> names = template != null ? List.of(template.name(), parameter.name()) : List.of(parameter.name());
            values.add(new LogicAppValue(names, what, literal.asText(), parameter.literalPointer(), secure));
        }
        for (LogicApp.ConnectionValue connection : app.connectionValues()) {
            String key = connection.key().substring(connection.key().lastIndexOf('/') + 1);
            values.add(new LogicAppValue(List.of(key), "API connection '" + connection.connection() + "' (Microsoft.Web/connections) "
                    + "holds parameter value '" + connection.key() + "'", connection.value(), connection.jsonPointer(), false));
        }
        return values;
    }

    /**
     * A reference, not a value: {@code @Microsoft.KeyVault(…)}, {@code @appsetting('x')}, {@code @parameters('x')}
     * or another workflow expression, or an ARM expression ({@code [parameters('x')]}).
     */
    public static boolean isReference(String value) {
        String text = value.strip();
        return text.startsWith("@") && !text.startsWith("@@")
                || text.startsWith("[") && !text.startsWith("[[") && text.endsWith("]");
    }

    private static String typeOf(LogicApp.TemplateParameter parameter) {
        return parameter.type().isEmpty() ? "no type" : parameter.type().toLowerCase(Locale.ROOT);
    }
}
