package dev.flowguard.flow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.List;

/**
 * What the Azure Logic Apps host adds around a workflow definition, as far as the file shows it: the logic app's
 * name, how it is hosted, its access control (Consumption only) and the values the resource gives the
 * definition's parameters. Power Automate flows have none ({@link Flow#logicApp()} is null).
 *
 * @param name the logic app: the ARM resource's name (resolved from parameter or variable defaults when it can
 *     be), the exported resource's name, or the Standard project's folder
 * @param accessControl {@code properties.accessControl} of a Consumption resource; a missing node otherwise
 * @param accessControlPointer where {@code accessControl} is (or would be) in the file
 * @param parameterValues the resource's {@code properties.parameters}, each with the template parameter it reads
 * @param connectionValues string values of the file's {@code Microsoft.Web/connections} resources'
 *     {@code parameterValues}; on the first workflow of a file only, so that each is checked once
 * @param templateParameters the ARM template parameters the workflow's resource can read, the nearest template's
 *     first; empty outside ARM templates
 * @param splices where an ARM expression writes a template parameter's value straight into the workflow's
 *     definition or, on the first workflow of a file, into an API connection's {@code parameterValues}
 */
public record LogicApp(
        String name,
        Hosting hosting,
        JsonNode accessControl,
        String accessControlPointer,
        List<WorkflowParameterValue> parameterValues,
        List<ConnectionValue> connectionValues,
        List<TemplateParameter> templateParameters,
        List<TemplateSplice> splices) {

    /** Where the workflow lives; only a Consumption resource has access control in the artifact. */
    public enum Hosting {
        /** An ARM {@code Microsoft.Logic/workflows} resource or an exported one: {@code accessControl} is here. */
        CONSUMPTION,
        /** A Logic Apps Standard workflow ({@code workflow.json}): access is the app's (App Service) settings. */
        STANDARD,
        /** A definition alone ({@code {"definition": …}} or a bare definition): its host is not in the file. */
        DEFINITION_ONLY
    }

    public LogicApp {
        accessControl = accessControl == null ? MissingNode.getInstance() : accessControl;
        parameterValues = List.copyOf(parameterValues);
        connectionValues = List.copyOf(connectionValues);
        templateParameters = List.copyOf(templateParameters);
        splices = List.copyOf(splices);
    }

    /** This logic app with the file's API connections: their values and the template parameters they splice. */
    public LogicApp withConnections(List<ConnectionValue> values, List<TemplateSplice> connectionSplices) {
        List<TemplateSplice> all = new java.util.ArrayList<>(splices);
        all.addAll(connectionSplices);
        return new LogicApp(name, hosting, accessControl, accessControlPointer, parameterValues, values, templateParameters,
                all);
    }

    /** The template parameter {@code name} as the resource sees it, if the template declares one. */
    public java.util.Optional<TemplateParameter> templateParameter(String name) {
        return templateParameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public static LogicApp withoutHost(String name, Hosting hosting) {
        return new LogicApp(name, hosting, null, "", List.of(), List.of(), List.of(), List.of());
    }

    public boolean isConsumptionResource() {
        return hosting == Hosting.CONSUMPTION;
    }

    /**
     * A value the resource passes to a definition parameter ({@code properties.parameters.<name>.value}).
     *
     * @param templateParameter the ARM template parameter the value reads ({@code [parameters('x')]}), or null
     *     when the value is written in place
     */
    public record WorkflowParameterValue(String name, JsonNode value, String jsonPointer,
            TemplateParameter templateParameter) {

        /**
         * The literal the workflow gets when the template is deployed as committed: the template parameter's
         * {@code defaultValue}, or the value written in place; null when it comes from elsewhere (an expression,
         * a parameter with no default, a parameters file).
         */
        public JsonNode literal() {
            if (templateParameter != null) {
                JsonNode fallback = templateParameter.defaultValue();
                return fallback == null || TemplateExpressions.isExpression(fallback) ? null : fallback;
            }
            return value == null || TemplateExpressions.isExpression(value) ? null : value;
        }

        /** Where {@link #literal()} is written. */
        public String literalPointer() {
            return templateParameter != null ? templateParameter.jsonPointer() + "/defaultValue" : jsonPointer;
        }
    }

    /**
     * An ARM template parameter.
     *
     * @param type as written: {@code string}, {@code securestring}, {@code secureobject} …
     * @param defaultValue null when it has none
     */
    public record TemplateParameter(String name, String type, JsonNode defaultValue, String jsonPointer) {

        public boolean isSecureType() {
            return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("secure");
        }
    }

    /** One string in a {@code Microsoft.Web/connections} resource's {@code parameterValues}. */
    public record ConnectionValue(String connection, String key, String value, String jsonPointer) {
    }

    /**
     * A template parameter an ARM expression writes in place ({@code "x-api-key": "[parameters('partnerApiKey')]"}):
     * at deployment its value becomes part of the resource, readable by anyone who can read the resource.
     *
     * @param parameter the declared parameter (its {@code jsonPointer} is empty when the template does not declare it)
     * @param jsonPointer where the expression is
     * @param place how messages name where it is written: {@code the definition of workflow 'partner-sync'},
     *     {@code parameter value 'password' of API connection 'erp-sql'}
     * @param key the key it is written under ({@code x-api-key}, {@code password})
     * @param whole whether the parameter is the whole value ({@code [parameters('x')]}), so that the key names it;
     *     inside a larger expression ({@code [listKeys(concat(…, parameters('workspace')))]}) it may be anything
     */
    public record TemplateSplice(TemplateParameter parameter, String jsonPointer, String place, String key,
            boolean whole) {
    }
}
