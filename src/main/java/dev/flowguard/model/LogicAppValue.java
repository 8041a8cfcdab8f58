package dev.flowguard.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flowguard.flow.Flow;
import dev.flowguard.flow.FlowParameter;
import dev.flowguard.flow.LogicApp;
import dev.flowguard.flow.TemplateExpressions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;

/**
 * A literal a logic app is deployed with, outside its definition: an ARM template parameter's default that feeds a
 * workflow parameter, a value written into {@code properties.parameters}, or a {@code Microsoft.Web/connections}
 * parameter value: the Logic Apps part of {@link ShippedValues}.
 *
 * @param names the keys that say what the value is ({@code clientSecret}, {@code password} …): the template
 *     parameter's and the workflow parameter's names, or the connection parameter's key
 * @param what how messages name the place, in the platform's terms
 * @param secureType whether a {@code securestring}/{@code secureobject} parameter carries it
 */
record LogicAppValue(ShippedValue.Kind kind, List<String> names, String what, String value, String jsonPointer,
        boolean secureType) {

    public LogicAppValue {
        names = List.copyOf(names);
    }

    /** Every literal string {@code flow}'s logic app is deployed with; none for a Power Automate flow. */
    static List<LogicAppValue> of(Flow flow) {
        LogicApp app = flow.logicApp();
        if (app == null) {
            return List.of();
        }
        List<LogicAppValue> values = new ArrayList<>();
        Set<String> defaults = new HashSet<>();
        for (LogicApp.WorkflowParameterValue parameter : app.parameterValues()) {
            JsonNode literal = parameter.literal();
            if (literal == null || !literal.isTextual() || !defaults.add(parameter.literalPointer())) {
                continue;
            }
            LogicApp.TemplateParameter template = parameter.templateParameter();
            boolean secure = template != null && template.isSecureType()
                    || flow.parameter(parameter.name()).map(FlowParameter::isSecureType).orElse(false);
            String what = template != null
                    ? "the default value of ARM template parameter '" + template.name() + "' (" + typeOf(template)
                            + "), which feeds workflow parameter '" + parameter.name() + "' of logic app '" + app.name() + "',"
                    : "the value logic app '" + app.name() + "' gives workflow parameter '" + parameter.name()
                            + "' in properties.parameters";
            List<String> names = template != null ? List.of(template.name(), parameter.name()) : List.of(parameter.name());
            values.add(new LogicAppValue(template != null ? ShippedValue.Kind.TEMPLATE_PARAMETER_DEFAULT
                    : ShippedValue.Kind.WORKFLOW_PARAMETER_VALUE, names, what, literal.asText(), parameter.literalPointer(),
                    secure));
        }
        values.addAll(ofSplices(app.splices(), defaults));
        values.addAll(ofConnections(app.connectionValues()));
        return values;
    }

    /**
     * The defaults of template parameters written in place: deployed as committed, the default is what the
     * workflow or connection gets. Each default once, whatever the number of places.
     *
     * @param seen the defaults' pointers already taken
     */
    static List<LogicAppValue> ofSplices(List<LogicApp.TemplateSplice> splices, Set<String> seen) {
        List<LogicAppValue> values = new ArrayList<>();
        for (LogicApp.TemplateSplice splice : splices) {
            LogicApp.TemplateParameter template = splice.parameter();
            JsonNode fallback = template.defaultValue();
            if (template.jsonPointer().isEmpty() || fallback == null || !fallback.isTextual()
                    || TemplateExpressions.isExpression(fallback) || !seen.add(template.jsonPointer() + "/defaultValue")) {
                continue;
            }
            List<String> names = splice.key().isEmpty() || !splice.whole() ? List.of(template.name())
                    : List.of(template.name(), splice.key());
            values.add(new LogicAppValue(ShippedValue.Kind.TEMPLATE_PARAMETER_DEFAULT, names,
                    "the default value of ARM template parameter '" + template.name() + "' (" + typeOf(template)
                            + "), which is written into " + splice.place() + ",",
                    fallback.asText(), template.jsonPointer() + "/defaultValue", template.isSecureType()));
        }
        return values;
    }

    static List<LogicAppValue> ofConnections(List<LogicApp.ConnectionValue> connections) {
        List<LogicAppValue> values = new ArrayList<>();
        for (LogicApp.ConnectionValue connection : connections) {
            String key = connection.key().substring(connection.key().lastIndexOf('/') + 1);
            values.add(new LogicAppValue(ShippedValue.Kind.CONNECTION_PARAMETER, List.of(key), "parameter value '"
                    + connection.key() + "' of API connection '" + connection.connection() + "' (Microsoft.Web/connections)",
                    connection.value(), connection.jsonPointer(), false));
        }
        return values;
    }

    private static String typeOf(LogicApp.TemplateParameter parameter) {
        return parameter.type().isEmpty() ? "no type" : parameter.type().toLowerCase(Locale.ROOT);
    }
}
